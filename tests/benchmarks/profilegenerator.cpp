#include "profilegenerator.h"

#include "catalog/catalog.h"
#include "catalog/profiletemplates.h"
#include "format/profilewriter.h"

#include <QRandomGenerator>

namespace Sysfence::Bench {

namespace {
const char *const Capabilities[] = {"CAP_SYS_ADMIN", "CAP_SYS_PTRACE", "CAP_NET_ADMIN", "CAP_SYS_MODULE",
                                    "CAP_SYS_TIME", "CAP_SYS_NICE", "CAP_BPF", "CAP_PERFMON"};
const char *const Arches[] = {"amd64", "arm64", "s390x", "ppc64le", "x86", "riscv64"};
const char *const Kernels[] = {"4.8", "5.3", "5.6", "5.9", "6.1"};
} // namespace

Profile generateProfile(int ruleCount, quint32 seed)
{
    QRandomGenerator random(seed);
    const Profile docker = ProfileTemplates::dockerDefault();
    Profile profile;
    profile.defaultAction = docker.defaultAction;
    profile.defaultErrnoRet = docker.defaultErrnoRet;
    profile.archMap = docker.archMap;
    profile.architectures = docker.architectures;

    const QStringList names = Catalog::instance().syscallNames();
    qsizetype next = 0; // the next catalogue name without an unconditional rule
    for (int i = 0; i < ruleCount; ++i) {
        Rule rule;
        const quint32 roll = random.bounded(100);
        if (next < names.size()) {
            const qsizetype count = std::min<qsizetype>(1 + random.bounded(8), names.size() - next);
            rule.names = names.mid(next, count);
            next += count;
            rule.action = roll < 80 ? Action::Allow : roll < 95 ? Action::Log : Action::KillProcess;
        } else {
            // Conditional: a value no other rule uses, so rules never conflict.
            rule.names = QStringList{names.at(random.bounded(static_cast<int>(names.size())))};
            if (roll < 10) {
                rule.names.append(names.at(random.bounded(static_cast<int>(names.size()))));
                rule.names.removeDuplicates();
            }
            rule.action = roll < 70 ? Action::Allow : roll < 90 ? Action::Errno : Action::Log;
            if (rule.action == Action::Errno) {
                rule.errnoRet = 1 + random.bounded(100);
            }
            ArgCondition arg;
            arg.index = random.bounded(3);
            arg.value = 0x10000u + static_cast<quint64>(i);
            if (roll % 4 == 0) {
                arg.op = CompareOp::MaskedEqual;
                arg.valueTwo = arg.value;
            } else {
                arg.op = CompareOp::Equal;
            }
            rule.args.append(arg);
            if (roll % 5 == 0) {
                rule.includes.caps.append(QString::fromLatin1(Capabilities[random.bounded(8)]));
            } else if (roll % 7 == 0) {
                rule.includes.arches.append(QString::fromLatin1(Arches[random.bounded(6)]));
            }
            if (roll % 11 == 0) {
                rule.includes.minKernel = QString::fromLatin1(Kernels[random.bounded(5)]);
            }
            if (roll % 13 == 0) {
                rule.excludes.caps.append(QString::fromLatin1(Capabilities[random.bounded(8)]));
            }
        }
        profile.rules.append(rule);
    }
    return profile;
}

QByteArray generateText(int ruleCount, quint32 seed)
{
    return ProfileWriter::write(generateProfile(ruleCount, seed), JsonStyle::dockerDefault());
}

QByteArray generateTextOfSize(qint64 bytes, quint32 seed)
{
    // Rules past the first few hundred have a steady size: extrapolate, then top up.
    const int sample = 2000;
    const qint64 sampleSize = generateText(sample, seed).size();
    const qint64 perRule = std::max<qint64>(1, (sampleSize - generateText(1000, seed).size()) / 1000);
    int rules = static_cast<int>(std::max<qint64>(sample, sample + (bytes - sampleSize) / perRule));
    QByteArray text = generateText(rules, seed);
    while (text.size() < bytes) {
        rules += static_cast<int>((bytes - text.size()) / perRule) + 1;
        text = generateText(rules, seed);
    }
    return text;
}

} // namespace Sysfence::Bench
