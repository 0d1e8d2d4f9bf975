#pragma once

#include "analysis/effectiveprofile.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QMap>
#include <QStringList>

namespace Sysfence {

// Builds the BPF program runc would load for an effective profile, with
// libseccomp, following runc's conversions: SCMP_ACT_KILL is KILL_THREAD,
// several conditions on one argument become separate OR-ed rules, a rule
// whose action equals the default action is skipped, and names libseccomp
// does not know are dropped.
class FilterCompiler final
{
    Q_DECLARE_TR_FUNCTIONS(Sysfence::FilterCompiler)

public:
    enum class Optimization : quint8 { Linear, BinaryTree };
    // Full: everything in Result. Program: only the program (bpf,
    // instructionCount, errors, unknownNames), for callers that run it:
    // libseccomp builds once instead of twice and writes no PFC.
    enum class Detail : quint8 { Full, Program };

    struct Result
    {
        bool ok = false;
        QStringList errors;       // what libseccomp refused, one sentence each
        QStringList architectures; // SCMP_ARCH_* the filter covers
        QStringList unknownNames; // libseccomp does not know them: dropped everywhere
        QMap<QString, QStringList> absentNames; // per architecture: names that do not exist there
        QStringList skippedRules; // rules equal to the default action, as "name: ACTION"
        int instructionCount = 0;
        int linearInstructionCount = 0;
        int treeInstructionCount = 0;
        QByteArray bpf; // struct sock_filter[] as the kernel takes it
        QString pfc;    // libseccomp's pseudo-filter code
    };

    static constexpr int KernelInstructionLimit = 4096;

    static Result compile(const EffectiveProfile &effective, const QString &targetArchitecture,
                          Optimization optimization = Optimization::Linear, Detail detail = Detail::Full);
};

} // namespace Sysfence
