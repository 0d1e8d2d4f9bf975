#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QString>

#include <array>

namespace Sysfence {

// Runs a classic BPF seccomp program the way the kernel does, on the
// struct seccomp_data of one call. It reads the program libseccomp
// exported, not the JSON, so its answer is the kernel's answer.
class BpfEmulator final
{
    Q_DECLARE_TR_FUNCTIONS(Sysfence::BpfEmulator)

public:
    struct Call
    {
        int nr = 0;
        quint32 arch = 0; // AUDIT_ARCH_*, which is also libseccomp's token
        quint64 instructionPointer = 0;
        std::array<quint64, 6> args{};
    };

    struct Result
    {
        bool ok = false;
        QString error;       // why the program could not be run
        quint32 value = 0;   // what the filter returned (SECCOMP_RET_*)
        QList<int> path;     // the instructions executed, in order
        QString action() const; // "SCMP_ACT_ERRNO(1)", "SCMP_ACT_KILL_PROCESS", …
    };

    static Result run(const QByteArray &program, const Call &call);
    // One instruction as text, for showing the path: "jeq #0x3b, 4, 5".
    static QString disassemble(const QByteArray &program, int index);
};

} // namespace Sysfence
