#include "cliapplication.h"

#include "diagnosticreport.h"

#include "analysis/capabilityanalyzer.h"
#include "analysis/effectiveprofile.h"
#include "analysis/profilediff.h"
#include "analysis/profilevalidator.h"
#include "catalog/catalog.h"
#include "catalog/profiletemplates.h"
#include "format/namesuggester.h"
#include "format/ociconfig.h"
#include "format/profileformat.h"
#include "format/seccompprofileyaml.h"
#include "format/profilereader.h"
#include "format/profilewriter.h"
#include "profile/architecture.h"
#include "catalog/argumentnames.h"
#include "seccomp/bpfemulator.h"
#include "seccomp/filtercompiler.h"
#include "seccomp/syscallresolver.h"
#include "trace/commandtracer.h"
#include "trace/recordedprofile.h"
#include "trace/tracingfilter.h"

#include <QCommandLineParser>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QFileInfo>
#include <QSaveFile>

#include <optional>

namespace Sysfence {

namespace {
QString commandsHelp()
{
    return CliApplication::tr(
        "Commands:\n"
        "  validate FILE...      Check profiles the way Docker and runc read them.\n"
        "  lint FILE...          Validate, then report how seccomp and capabilities interact.\n"
        "  fmt FILE              Rewrite a profile in its own (or a given) layout.\n"
        "  convert FILE --to F   Convert between Docker JSON, OCI config.json and SeccompProfile YAML.\n"
        "  effective FILE        The profile a container really gets for a target.\n"
        "  compile FILE          Build the BPF filter with libseccomp; size, PFC, raw BPF.\n"
        "  diff A B              Per-syscall differences in final action for a target.\n"
        "  test FILE SYSCALL     What the compiled filter does with one call (BPF emulator).\n"
        "  run FILE -- CMD       Run a command under the profile and report what it denied.\n"
        "  record -- CMD         Run a command and write the allowlist of the syscalls it used.\n"
        "  template NAME         Print a built-in profile (docker-default, strict, audit, empty).\n"
        "  explain NAME          Describe a syscall or a capability.\n"
        "\n"
        "Run “sysfence-cli COMMAND --help” for the options of a command.");
}

const QCommandLineOption &archOption()
{
    static const QCommandLineOption o(QStringLiteral("arch"),
                                      CliApplication::tr("Native architecture of the target: amd64, arm64, … "
                                                         "(default amd64)."),
                                      QStringLiteral("arch"));
    return o;
}
const QCommandLineOption &kernelOption()
{
    static const QCommandLineOption o(QStringLiteral("kernel"),
                                      CliApplication::tr("Kernel version of the target host, X.Y (default 6.8)."),
                                      QStringLiteral("X.Y"));
    return o;
}
const QCommandLineOption &capsOption()
{
    static const QCommandLineOption o(
        QStringLiteral("caps"),
        CliApplication::tr("Capabilities of the container: default, none or all, then +CAP/-CAP changes, e.g. "
                           "default,+SYS_ADMIN,-NET_RAW."),
        QStringLiteral("list"));
    return o;
}
const QCommandLineOption &privilegedOption()
{
    static const QCommandLineOption o(QStringLiteral("privileged"),
                                      CliApplication::tr("The container runs with --privileged (no seccomp)."));
    return o;
}
} // namespace

CliApplication::CliApplication(QTextStream &out, QTextStream &err)
    : m_out(out)
    , m_err(err)
{
}

int CliApplication::usage(const QString &message)
{
    m_err << QStringLiteral("sysfence-cli: %1\n").arg(message);
    m_err.flush();
    return UsageError;
}

std::optional<int> CliApplication::parse(QCommandLineParser &parser, const QStringList &arguments)
{
    const QCommandLineOption help = parser.addHelpOption();
    if (!parser.parse(arguments)) {
        return usage(parser.errorText());
    }
    if (parser.isSet(help)) {
        m_out << parser.helpText();
        m_out.flush();
        return Success;
    }
    return std::nullopt;
}

void CliApplication::addTargetOptions(QCommandLineParser &parser)
{
    parser.addOption(archOption());
    parser.addOption(kernelOption());
    parser.addOption(capsOption());
    parser.addOption(privilegedOption());
}

std::optional<Target> CliApplication::target(const QCommandLineParser &parser)
{
    QString error;
    std::optional<Target> t = Target::parse(parser.value(archOption()), parser.value(kernelOption()),
                                            parser.value(capsOption()), parser.isSet(privilegedOption()), &error);
    if (!t) {
        usage(error);
    }
    return t;
}

std::optional<ProfileReader::Result> CliApplication::readValidProfile(const QString &path, int *exitCode)
{
    ProfileReader::Result result = ProfileReader::readFile(path);
    if (!result.parsed || result.hasErrors()) {
        m_err << DiagnosticReport::text(result.diagnostics);
        m_err.flush();
        *exitCode = result.ioError ? UsageError : Failure;
        return std::nullopt;
    }
    return result;
}

int CliApplication::run(const QStringList &arguments)
{
    const QString command = arguments.value(1);
    QStringList rest = arguments.mid(2);
    rest.prepend(arguments.value(0) + QLatin1Char(' ') + command);
    if (command == QLatin1String("validate") || command == QLatin1String("lint")) {
        return validate(rest, command == QLatin1String("lint"));
    }
    if (command == QLatin1String("fmt")) {
        return format(rest);
    }
    if (command == QLatin1String("effective")) {
        return effective(rest);
    }
    if (command == QLatin1String("compile")) {
        return compile(rest);
    }
    if (command == QLatin1String("template")) {
        return templateCommand(rest);
    }
    if (command == QLatin1String("explain")) {
        return explain(rest);
    }
    if (command == QLatin1String("diff")) {
        return diff(rest);
    }
    if (command == QLatin1String("test")) {
        return testCall(rest);
    }
    if (command == QLatin1String("run")) {
        return runCommand(rest);
    }
    if (command == QLatin1String("record")) {
        return record(rest);
    }
    if (command == QLatin1String("convert")) {
        return convert(rest);
    }

    QCommandLineParser parser;
    parser.setApplicationDescription(tr("Validate, format and inspect Docker seccomp profiles."));
    parser.addPositionalArgument(QStringLiteral("command"), commandsHelp());
    const QCommandLineOption help = parser.addHelpOption();
    const QCommandLineOption version = parser.addVersionOption();
    if (!parser.parse(arguments)) {
        return usage(parser.errorText());
    }
    if (parser.isSet(version)) {
        m_out << QStringLiteral("sysfence-cli %1 (Qt %2, libseccomp %3)\n")
                     .arg(QCoreApplication::applicationVersion(), QString::fromLatin1(qVersion()),
                          SyscallResolver::libseccompVersion());
        m_out.flush();
        return Success;
    }
    if (parser.isSet(help) || command.isEmpty()) {
        m_out << parser.helpText();
        m_out.flush();
        return command.isEmpty() && !parser.isSet(help) ? UsageError : Success;
    }
    static const QStringList commands = {QStringLiteral("validate"), QStringLiteral("lint"),     QStringLiteral("fmt"),
                                         QStringLiteral("effective"), QStringLiteral("compile"), QStringLiteral("template"),
                                         QStringLiteral("explain"),  QStringLiteral("diff"),     QStringLiteral("test"),
                                         QStringLiteral("run"),      QStringLiteral("record"),
                                         QStringLiteral("convert")};
    const QString hint = NameSuggester::closest(command, commands);
    return usage(hint.isEmpty() ? tr("unknown command “%1”.\n%2").arg(command, commandsHelp())
                                : tr("unknown command “%1” — did you mean “%2”?").arg(command, hint));
}

int CliApplication::validate(const QStringList &arguments, bool lint)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        lint ? tr("Check seccomp profiles and how they interact with the target's capabilities. Exit status: 0 "
                  "when nothing reaches --fail-on, 1 otherwise, 2 for usage or I/O problems.")
             : tr("Check seccomp profiles. Exit status: 0 without errors, 1 with errors, 2 for usage or I/O "
                  "problems."));
    const QCommandLineOption formatOption(QStringLiteral("format"),
                                          lint ? tr("Output format: text, json or sarif.")
                                               : tr("Output format: text or json."),
                                          QStringLiteral("format"), QStringLiteral("text"));
    const QCommandLineOption failOnOption(QStringLiteral("fail-on"),
                                          tr("Exit 1 for findings of this severity or worse: error or warning."),
                                          QStringLiteral("severity"), QStringLiteral("error"));
    parser.addOption(formatOption);
    if (lint) {
        parser.addOption(failOnOption);
    }
    addTargetOptions(parser);
    parser.addPositionalArgument(QStringLiteral("FILE"), tr("Profiles to check."), QStringLiteral("FILE..."));
    if (const auto done = parse(parser, arguments)) {
        return *done;
    }
    const QString format = parser.value(formatOption);
    if (format != QLatin1String("text") && format != QLatin1String("json")
        && !(lint && format == QLatin1String("sarif"))) {
        return usage(lint ? tr("unknown format “%1”; use text, json or sarif.").arg(format)
                          : tr("unknown format “%1”; use text or json.").arg(format));
    }
    const QString failOn = lint ? parser.value(failOnOption) : QStringLiteral("error");
    if (failOn != QLatin1String("error") && failOn != QLatin1String("warning")) {
        return usage(tr("--fail-on takes error or warning, not “%1”.").arg(failOn));
    }
    const std::optional<Target> t = target(parser);
    if (!t) {
        return UsageError;
    }
    ProfileValidator::Options options;
    options.architecture = t->architecture;
    const QStringList files = parser.positionalArguments();
    if (files.isEmpty()) {
        return usage(tr("%1 needs at least one FILE.").arg(lint ? QStringLiteral("lint") : QStringLiteral("validate")));
    }

    Diagnostics all;
    bool ioProblem = false;
    for (const QString &file : files) {
        // Kept, unfreed, until the process ends when it ends after this.
        static QList<ProfileReader::Result> *const kept = new QList<ProfileReader::Result>;
        std::optional<ProfileReader::Result> own;
        const ProfileReader::Result &result = m_exitsAfterRun ? kept->emplaceBack(ProfileReader::readFile(file))
                                                              : own.emplace(ProfileReader::readFile(file));
        all.append(result.diagnostics);
        if (result.parsed) {
            ProfileValidator::Options own = options;
            own.positions = &result.positions;
            all.append(ProfileValidator::validate(result.profile, result.text, file, own));
            if (lint) {
                all.append(CapabilityAnalyzer::analyze(result.profile, *t, result.text, file));
            }
        }
        ioProblem = ioProblem || result.ioError;
    }
    if (format == QLatin1String("json")) {
        m_out << QString::fromUtf8(DiagnosticReport::json(all));
    } else if (format == QLatin1String("sarif")) {
        m_out << QString::fromUtf8(DiagnosticReport::sarif(all, QCoreApplication::applicationVersion()));
    } else {
        m_out << DiagnosticReport::text(all);
    }
    m_out.flush();
    if (ioProblem) {
        return UsageError;
    }
    const bool failed = std::any_of(all.cbegin(), all.cend(), [&](const Diagnostic &d) {
        return d.isError() || (failOn == QLatin1String("warning") && d.severity == Diagnostic::Severity::Warning);
    });
    return failed ? Failure : Success;
}

int CliApplication::format(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Rewrite a profile in its own layout (or with --indent), keeping key order and unknown fields. "
           "Prints to standard output unless -o is given."));
    const QCommandLineOption outputOption(QStringList{QStringLiteral("o"), QStringLiteral("output")},
                                          tr("Write to FILE (atomically) instead of standard output."),
                                          QStringLiteral("FILE"));
    const QCommandLineOption checkOption(QStringLiteral("check"),
                                         tr("Write nothing; exit 1 if the file is not formatted."));
    const QCommandLineOption indentOption(QStringLiteral("indent"), tr("Indent with a tab or N spaces."),
                                          QStringLiteral("tab|N"));
    parser.addOption(outputOption);
    parser.addOption(checkOption);
    parser.addOption(indentOption);
    parser.addPositionalArgument(QStringLiteral("FILE"), tr("The profile to format."));
    if (const auto done = parse(parser, arguments)) {
        return *done;
    }
    if (parser.positionalArguments().size() != 1) {
        return usage(tr("fmt needs exactly one FILE."));
    }
    const QString file = parser.positionalArguments().constFirst();
    const ProfileReader::Result result = ProfileReader::readFile(file);
    if (!result.parsed) {
        m_err << DiagnosticReport::text(result.diagnostics);
        m_err.flush();
        return result.ioError ? UsageError : Failure;
    }
    JsonStyle style = result.style;
    if (parser.isSet(indentOption) && !JsonStyle::parseIndent(parser.value(indentOption), &style.indent)) {
        return usage(tr("--indent takes “tab” or a number of spaces from 1 to 16, not “%1”.")
                         .arg(parser.value(indentOption)));
    }
    const QByteArray formatted = ProfileWriter::write(result.profile, style);

    if (parser.isSet(checkOption)) {
        if (result.text != formatted) {
            m_out << tr("%1: not formatted").arg(file) << '\n';
            m_out.flush();
            return Failure;
        }
        return Success;
    }
    if (!parser.isSet(outputOption)) {
        m_out << QString::fromUtf8(formatted);
        m_out.flush();
        return Success;
    }
    QSaveFile out(parser.value(outputOption));
    // Unbuffered: Qt 6.4's QSaveFile misses a write error at commit (see Document::save).
    if (!out.open(QIODevice::WriteOnly | QIODevice::Unbuffered) || out.write(formatted) != formatted.size() || !out.commit()) {
        return usage(tr("cannot write %1: %2").arg(out.fileName(), out.errorString()));
    }
    return Success;
}

int CliApplication::effective(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Print the profile a container gets for a target: includes, excludes and archMap applied as Docker does, "
           "rules in their original order."));
    addTargetOptions(parser);
    parser.addPositionalArgument(QStringLiteral("FILE"), tr("The profile."));
    if (const auto done = parse(parser, arguments)) {
        return *done;
    }
    if (parser.positionalArguments().size() != 1) {
        return usage(tr("effective needs exactly one FILE."));
    }
    const std::optional<Target> t = target(parser);
    if (!t) {
        return UsageError;
    }
    int exitCode = Success;
    const std::optional<ProfileReader::Result> read = readValidProfile(parser.positionalArguments().constFirst(), &exitCode);
    if (!read) {
        return exitCode;
    }
    const ProfileReader::Result &result = *read;
    const EffectiveProfile e = EffectiveProfile::evaluate(result.profile, *t);
    if (e.seccompDisabled) {
        m_out << tr("--privileged: Docker loads no seccomp filter, so this profile has no effect at all.") << '\n';
        m_out.flush();
        return Success;
    }
    m_out << QString::fromUtf8(ProfileWriter::write(e.profile, result.style));
    if (!result.style.finalNewline) {
        m_out << '\n';
    }
    m_out.flush();
    return Success;
}

int CliApplication::compile(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Compile the effective profile with libseccomp %1 as runc does, and report its size.")
            .arg(SyscallResolver::libseccompVersion()));
    addTargetOptions(parser);
    const QCommandLineOption optimizeOption(QStringLiteral("optimize"), tr("linear (default) or tree."),
                                            QStringLiteral("mode"), QStringLiteral("linear"));
    const QCommandLineOption pfcOption(QStringLiteral("pfc"), tr("Print libseccomp's pseudo-filter code."));
    const QCommandLineOption bpfOption(QStringLiteral("bpf"), tr("Write the raw BPF program to FILE."),
                                       QStringLiteral("FILE"));
    parser.addOption(optimizeOption);
    parser.addOption(pfcOption);
    parser.addOption(bpfOption);
    parser.addPositionalArgument(QStringLiteral("FILE"), tr("The profile."));
    if (const auto done = parse(parser, arguments)) {
        return *done;
    }
    if (parser.positionalArguments().size() != 1) {
        return usage(tr("compile needs exactly one FILE."));
    }
    const QString mode = parser.value(optimizeOption);
    if (mode != QLatin1String("linear") && mode != QLatin1String("tree")) {
        return usage(tr("--optimize takes linear or tree, not “%1”.").arg(mode));
    }
    const std::optional<Target> t = target(parser);
    if (!t) {
        return UsageError;
    }
    int exitCode = Success;
    const std::optional<ProfileReader::Result> read = readValidProfile(parser.positionalArguments().constFirst(), &exitCode);
    if (!read) {
        return exitCode;
    }
    const EffectiveProfile e = EffectiveProfile::evaluate(read->profile, *t);
    if (e.seccompDisabled) {
        m_out << tr("--privileged: Docker loads no seccomp filter; there is nothing to compile.") << '\n';
        m_out.flush();
        return Success;
    }
    const FilterCompiler::Result r = FilterCompiler::compile(
        e, t->architecture,
        mode == QLatin1String("tree") ? FilterCompiler::Optimization::BinaryTree : FilterCompiler::Optimization::Linear);
    m_out << tr("architectures: %1").arg(r.architectures.join(QLatin1String(", "))) << '\n';
    m_out << tr("instructions: %1").arg(r.instructionCount) << '\n';
    m_out << tr("instructions (linear): %1, (binary tree): %2; the kernel limit is %3")
                 .arg(r.linearInstructionCount)
                 .arg(r.treeInstructionCount)
                 .arg(FilterCompiler::KernelInstructionLimit)
          << '\n';
    if (!r.unknownNames.isEmpty()) {
        m_out << tr("dropped (libseccomp %1 does not know them; runc drops them silently): %2")
                     .arg(SyscallResolver::libseccompVersion(), r.unknownNames.join(QLatin1String(", ")))
              << '\n';
    }
    for (auto it = r.absentNames.cbegin(); it != r.absentNames.cend(); ++it) {
        m_out << tr("not on %1 (no rule there): %2").arg(it.key(), it.value().join(QLatin1String(", "))) << '\n';
    }
    if (!r.skippedRules.isEmpty()) {
        m_out << tr("skipped (same as the default action): %1").arg(r.skippedRules.join(QLatin1String(", "))) << '\n';
    }
    for (const QString &error : r.errors) {
        m_err << tr("error: %1").arg(error) << '\n';
    }
    if (parser.isSet(pfcOption)) {
        m_out << r.pfc;
    }
    m_out.flush();
    m_err.flush();
    if (parser.isSet(bpfOption) && !r.bpf.isEmpty()) {
        QSaveFile out(parser.value(bpfOption));
        if (!out.open(QIODevice::WriteOnly | QIODevice::Unbuffered) || out.write(r.bpf) != r.bpf.size() || !out.commit()) {
            return usage(tr("cannot write %1: %2").arg(out.fileName(), out.errorString()));
        }
    }
    return r.ok ? Success : Failure;
}

int CliApplication::templateCommand(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(tr("Print a built-in profile, generated from the catalogue."));
    parser.addPositionalArgument(QStringLiteral("NAME"), ProfileTemplates::ids().join(QLatin1String(", ")));
    if (const auto done = parse(parser, arguments)) {
        return *done;
    }
    if (parser.positionalArguments().size() != 1) {
        return usage(tr("template needs one NAME: %1.").arg(ProfileTemplates::ids().join(QLatin1String(", "))));
    }
    const QString id = parser.positionalArguments().constFirst();
    const std::optional<Profile> profile = ProfileTemplates::create(id);
    if (!profile) {
        const QString hint = NameSuggester::closest(id, ProfileTemplates::ids());
        return usage(hint.isEmpty()
                         ? tr("unknown template “%1”; choose one of %2.").arg(id, ProfileTemplates::ids().join(QLatin1String(", ")))
                         : tr("unknown template “%1” — did you mean “%2”?").arg(id, hint));
    }
    JsonStyle style = JsonStyle::dockerDefault();
    style.finalNewline = true;
    m_out << QString::fromUtf8(ProfileWriter::write(*profile, style));
    m_out.flush();
    return Success;
}

int CliApplication::explain(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(tr("Describe a syscall or a capability."));
    parser.addPositionalArgument(QStringLiteral("NAME"), tr("A syscall (ptrace) or a capability (CAP_SYS_ADMIN, SYS_ADMIN)."));
    if (const auto done = parse(parser, arguments)) {
        return *done;
    }
    if (parser.positionalArguments().size() != 1) {
        return usage(tr("explain needs one NAME."));
    }
    const QString name = parser.positionalArguments().constFirst();
    const Catalog &catalog = Catalog::instance();

    const SyscallInfo *info = catalog.find(name);
    const CapabilityInfo *cap = info ? nullptr : catalog.capability(name);
    if (cap && (name.startsWith(QLatin1String("CAP_"), Qt::CaseInsensitive) || name == name.toUpper())) {
        m_out << cap->name << QStringLiteral(" (%1)").arg(cap->number) << '\n';
        m_out << cap->summary.text() << '\n';
        if (!cap->details.isEmpty()) {
            m_out << '\n' << cap->details.text() << '\n';
        }
        m_out << '\n'
              << (cap->dockerDefault ? tr("Docker grants it to every container by default.")
                                     : tr("Docker does not grant it by default; --cap-add %1 does.").arg(cap->name.mid(4)))
              << '\n';
        QStringList gated;
        for (const QString &n : catalog.syscallNames()) {
            const SyscallInfo *s = catalog.find(n);
            if (s && s->capability == cap->name) {
                gated.append(n);
            }
        }
        if (!gated.isEmpty()) {
            m_out << tr("Syscalls the kernel checks it for: %1").arg(gated.join(QLatin1String(", "))) << '\n';
        }
        m_out.flush();
        return Success;
    }
    if (!info) {
        QStringList candidates = catalog.syscallNames();
        candidates.append(catalog.capabilityNames());
        const QString hint = NameSuggester::closest(name, candidates);
        return usage(hint.isEmpty() ? tr("“%1” is neither a syscall nor a capability Sysfence knows.").arg(name)
                                    : tr("“%1” is neither a syscall nor a capability Sysfence knows — did you mean “%2”?")
                                          .arg(name, hint));
    }
    const RiskGroup *group = catalog.group(info->group);
    m_out << info->name << " — " << info->summary.text() << '\n' << '\n';
    m_out << tr("Group: %1").arg(group ? group->name.text() : info->group) << '\n';
    m_out << tr("Risk: %1").arg(RiskLevels::displayName(info->risk)) << '\n';
    if (!info->riskNote.isEmpty()) {
        m_out << tr("Why it is risky: %1").arg(info->riskNote.text()) << '\n';
    }
    m_out << tr("Capability the kernel checks: %1").arg(info->capability.isEmpty() ? tr("none") : info->capability) << '\n';
    m_out << tr("Docker's default: %1").arg(info->dockerDispositionText()) << '\n';
    if (!info->dockerWhy.isEmpty()) {
        m_out << tr("Why: %1").arg(info->dockerWhy.text()) << '\n';
    }
    QStringList numbers;
    for (const QString &arch : {QStringLiteral("SCMP_ARCH_X86_64"), QStringLiteral("SCMP_ARCH_X86"),
                                QStringLiteral("SCMP_ARCH_X32"), QStringLiteral("SCMP_ARCH_AARCH64"),
                                QStringLiteral("SCMP_ARCH_ARM"), QStringLiteral("SCMP_ARCH_RISCV64"),
                                QStringLiteral("SCMP_ARCH_S390X"), QStringLiteral("SCMP_ARCH_PPC64LE")}) {
        const std::optional<int> nr = info->number(arch);
        const QString text = !nr ? QStringLiteral("—")
            : SyscallResolver::isMultiplexed(*nr) ? tr("multiplexed")
                                                  : QString::number(*nr);
        numbers.append(QStringLiteral("%1 %2").arg(Architectures::goName(arch), text));
    }
    m_out << tr("Numbers: %1").arg(numbers.join(QLatin1String(", "))) << '\n';
    m_out.flush();
    return Success;
}

int CliApplication::diff(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("List the syscalls whose final action differs between two profiles for a target. Exit status 1 when "
           "they differ."));
    addTargetOptions(parser);
    parser.addPositionalArgument(QStringLiteral("A"), tr("The first profile, or template:NAME."));
    parser.addPositionalArgument(QStringLiteral("B"), tr("The second profile, or template:NAME."));
    if (const auto done = parse(parser, arguments)) {
        return *done;
    }
    if (parser.positionalArguments().size() != 2) {
        return usage(tr("diff needs two profiles."));
    }
    const std::optional<Target> t = target(parser);
    if (!t) {
        return UsageError;
    }
    std::optional<Profile> profiles[2];
    for (int i = 0; i < 2; ++i) {
        const QString arg = parser.positionalArguments().at(i);
        if (arg.startsWith(QLatin1String("template:"))) {
            profiles[i] = ProfileTemplates::create(arg.mid(9));
            if (!profiles[i]) {
                return usage(tr("unknown template “%1”.").arg(arg.mid(9)));
            }
            continue;
        }
        int exitCode = Success;
        const std::optional<ProfileReader::Result> read = readValidProfile(arg, &exitCode);
        if (!read) {
            return exitCode;
        }
        profiles[i] = read->profile;
    }
    const ProfileDiff d = ProfileDiff::compare(*profiles[0], *profiles[1], *t);
    if (d.defaultBefore != d.defaultAfter) {
        m_out << tr("default action: %1 → %2").arg(d.defaultBefore, d.defaultAfter) << '\n';
    }
    for (const ProfileDiff::Change &c : d.changes) {
        const QString mark = c.permissiveness > 0 ? QStringLiteral("+") : (c.permissiveness < 0 ? QStringLiteral("-") : QStringLiteral("~"));
        m_out << QStringLiteral("%1 %2: %3 → %4\n").arg(mark, c.name, c.before.summary(), c.after.summary());
    }
    const bool same = d.changes.isEmpty() && d.defaultBefore == d.defaultAfter;
    if (same) {
        m_out << tr("No difference for this target.") << '\n';
    }
    m_out.flush();
    return same ? Success : Failure;
}

} // namespace Sysfence

namespace Sysfence {

int CliApplication::testCall(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Run one syscall through the BPF program libseccomp builds for the target, as the kernel would, and "
           "print the action."));
    addTargetOptions(parser);
    const QCommandLineOption pathOption(QStringLiteral("path"), tr("Also print the instructions executed."));
    parser.addOption(pathOption);
    parser.addPositionalArgument(QStringLiteral("FILE"), tr("The profile."));
    parser.addPositionalArgument(QStringLiteral("SYSCALL"), tr("A syscall name or number."));
    parser.addPositionalArgument(QStringLiteral("ARGS"), tr("Up to six argument values (decimal or 0x…)."),
                                 QStringLiteral("[ARG0 … ARG5]"));
    if (const auto done = parse(parser, arguments)) {
        return *done;
    }
    const QStringList positional = parser.positionalArguments();
    if (positional.size() < 2 || positional.size() > 8) {
        return usage(tr("test needs FILE, SYSCALL and at most six arguments."));
    }
    const std::optional<Target> t = target(parser);
    if (!t) {
        return UsageError;
    }
    BpfEmulator::Call call;
    call.arch = SyscallResolver::auditArch(t->architecture);
    const QString syscall = positional.at(1);
    bool isNumber = false;
    call.nr = syscall.toInt(&isNumber);
    if (!isNumber) {
        const std::optional<int> nr = SyscallResolver::number(t->architecture, syscall);
        if (!nr || !SyscallResolver::existsOn(*nr)) {
            const QString hint = NameSuggester::closest(syscall, SyscallResolver::knownNames());
            return usage(!nr && !hint.isEmpty()
                             ? tr("unknown syscall “%1” — did you mean “%2”?").arg(syscall, hint)
                             : tr("“%1” is not a syscall on %2.").arg(syscall, t->goArchitecture()));
        }
        call.nr = *nr;
    }
    for (qsizetype i = 2; i < positional.size(); ++i) {
        const std::optional<quint64> v = ArgumentNames::instance().parse(syscall, static_cast<quint32>(i - 2), positional.at(i));
        if (!v) {
            return usage(tr("argument %1 “%2” is not a number.").arg(i - 2).arg(positional.at(i)));
        }
        call.args[static_cast<size_t>(i - 2)] = *v;
    }
    int exitCode = Success;
    const std::optional<ProfileReader::Result> read = readValidProfile(positional.constFirst(), &exitCode);
    if (!read) {
        return exitCode;
    }
    const EffectiveProfile e = EffectiveProfile::evaluate(read->profile, *t);
    if (e.seccompDisabled) {
        m_out << tr("SCMP_ACT_ALLOW (--privileged: no filter is loaded)") << '\n';
        m_out.flush();
        return Success;
    }
    const FilterCompiler::Result compiled = FilterCompiler::compile(e, t->architecture, FilterCompiler::Optimization::Linear,
                                                                      FilterCompiler::Detail::Program);
    if (compiled.bpf.isEmpty()) {
        m_err << compiled.errors.join(QLatin1Char('\n')) << '\n';
        m_err.flush();
        return Failure;
    }
    const BpfEmulator::Result r = BpfEmulator::run(compiled.bpf, call);
    if (!r.ok) {
        m_err << r.error << '\n';
        m_err.flush();
        return Failure;
    }
    m_out << r.action() << '\n';
    if (parser.isSet(pathOption)) {
        for (const int pc : r.path) {
            m_out << QStringLiteral("  %1: %2\n").arg(pc, 4).arg(BpfEmulator::disassemble(compiled.bpf, pc));
        }
    }
    m_out.flush();
    return Success;
}

namespace {
// Splits "OPTIONS -- COMMAND ARGS" at the first "--": the command's own
// options must not reach our parser.
std::pair<QStringList, QStringList> splitCommand(const QStringList &arguments)
{
    const qsizetype dashes = arguments.indexOf(QStringLiteral("--"));
    if (dashes < 0) {
        return {arguments, {}};
    }
    return {arguments.mid(0, dashes), arguments.mid(dashes + 1)};
}

QJsonObject reportJson(const QStringList &command, const CommandTracer::Report &report)
{
    QJsonArray calls;
    for (const CommandTracer::Call &c : report.calls) {
        QJsonArray args;
        for (const quint64 a : c.firstArgs) {
            args.append(QStringLiteral("0x%1").arg(a, 0, 16));
        }
        calls.append(QJsonObject{{QStringLiteral("name"), c.name},
                                 {QStringLiteral("number"), c.nr},
                                 {QStringLiteral("architecture"), c.architecture},
                                 {QStringLiteral("action"), c.actionText()},
                                 {QStringLiteral("count"), c.count},
                                 {QStringLiteral("firstArgs"), args},
                                 {QStringLiteral("firstPid"), c.firstPid}});
    }
    return QJsonObject{{QStringLiteral("command"), QJsonArray::fromStringList(command)},
                       {QStringLiteral("started"), report.started},
                       {QStringLiteral("error"), report.error},
                       {QStringLiteral("exitCode"), report.exitCode},
                       {QStringLiteral("signal"), report.signal},
                       {QStringLiteral("killedBySeccomp"), report.killedBySeccomp},
                       {QStringLiteral("killedOn"), report.killedOn},
                       {QStringLiteral("processes"), report.processes},
                       {QStringLiteral("stops"), report.stops},
                       {QStringLiteral("architectures"), QJsonArray::fromStringList(report.architectures)},
                       {QStringLiteral("calls"), calls}};
}
} // namespace

int CliApplication::runCommand(const QStringList &arguments)
{
    const auto [ours, command] = splitCommand(arguments);
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Run a command under the filter the profile gives the target, following its children and threads, and "
           "report every syscall the filter did not allow (name, action, count, first arguments). The command runs "
           "as you, with no_new_privs. Exit status: the command's, or 125 when the profile cannot be used, 126 when "
           "the command cannot run, 127 when it is not found."));
    addTargetOptions(parser);
    const QCommandLineOption reportOption(QStringLiteral("report"), tr("Also write the report as JSON to FILE."),
                                          QStringLiteral("FILE"));
    parser.addOption(reportOption);
    parser.addPositionalArgument(QStringLiteral("FILE"), tr("The profile."));
    parser.addPositionalArgument(QStringLiteral("--"), tr("Then the command and its arguments."),
                                 QStringLiteral("-- CMD [ARGS…]"));
    if (const auto done = parse(parser, ours)) {
        return *done;
    }
    if (parser.positionalArguments().size() != 1 || command.isEmpty()) {
        return usage(tr("run needs FILE, then -- and the command, e.g. run profile.json -- ls /"));
    }
    const std::optional<Target> t = target(parser);
    if (!t) {
        return UsageError;
    }
    int exitCode = Success;
    const std::optional<ProfileReader::Result> read = readValidProfile(parser.positionalArguments().constFirst(), &exitCode);
    if (!read) {
        return RunFailure;
    }
    const EffectiveProfile effective = EffectiveProfile::evaluate(read->profile, *t);
    if (effective.seccompDisabled) {
        m_err << tr("sysfence: --privileged loads no filter; nothing to run under.") << '\n';
        m_err.flush();
        return RunFailure;
    }
    if (t->architecture != SyscallResolver::nativeArchitecture()) {
        m_err << tr("sysfence: the target is %1 but this machine is %2; commands run natively.")
                     .arg(t->architecture, SyscallResolver::nativeArchitecture())
              << '\n';
        m_err.flush();
        return RunFailure;
    }
    const TracingFilter filter = TracingFilter::forProfile(effective, t->architecture);
    if (!filter.ok()) {
        m_err << filter.compiled.errors.join(QLatin1Char('\n')) << '\n';
        m_err.flush();
        return RunFailure;
    }
    CommandTracer::Options options;
    options.program = command.constFirst();
    options.arguments = command.mid(1);
    options.bpf = filter.compiled.bpf;
    options.filterFlags = filter.flags;
    options.verdicts = filter.verdicts;
    m_out.flush();
    m_err.flush();
    CommandTracer tracer;
    const CommandTracer::Report report = tracer.run(options);

    if (parser.isSet(reportOption)) {
        QSaveFile out(parser.value(reportOption));
        const QByteArray json = QJsonDocument(reportJson(command, report)).toJson();
        if (!out.open(QIODevice::WriteOnly) || out.write(json) != json.size() || !out.commit()) {
            usage(tr("cannot write %1: %2").arg(out.fileName(), out.errorString()));
        }
    }
    if (!report.started) {
        m_err << QStringLiteral("sysfence: %1\n").arg(report.error);
        m_err.flush();
        return report.exitCode == NotFound ? NotFound : report.exitCode == CannotExecute ? CannotExecute : RunFailure;
    }
    const QList<CommandTracer::Call> denied = report.denied();
    qint64 deniedCalls = 0;
    for (const CommandTracer::Call &c : denied) {
        deniedCalls += c.count;
    }
    if (denied.isEmpty()) {
        m_err << tr("sysfence: no syscall was denied.") << '\n';
    } else {
        m_err << tr("sysfence: %n syscall(s) denied", nullptr, static_cast<int>(denied.size()))
              << tr(" (%n call(s)):", nullptr, static_cast<int>(deniedCalls)) << '\n';
        for (const CommandTracer::Call &c : denied) {
            m_err << QStringLiteral("  %1  %2×  %3  [pid %4]\n")
                         .arg(c.actionText(), -22)
                         .arg(c.count, 4)
                         .arg(c.firstCallText())
                         .arg(c.firstPid);
        }
    }
    for (const CommandTracer::Call &c : report.calls) {
        if (c.verdict && c.verdict->action == Action::Log) {
            m_err << tr("sysfence: logged: %1 (%n call(s))", nullptr, static_cast<int>(c.count)).arg(c.displayName())
                  << '\n';
        }
    }
    if (report.killedBySeccomp) {
        m_err << tr("sysfence: the command was killed by the filter (SIGSYS) on %1.").arg(report.killedOn) << '\n';
    } else if (report.signal != 0) {
        m_err << tr("sysfence: the command ended with signal %1.").arg(report.signal) << '\n';
    } else {
        m_err << tr("sysfence: exit status %1.").arg(report.exitCode) << '\n';
    }
    m_err.flush();
    return report.shellStatus();
}

int CliApplication::record(const QStringList &arguments)
{
    const auto [ours, command] = splitCommand(arguments);
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Run a command, following its children and threads, and write a profile that allows exactly the "
           "syscalls it used: defaultAction SCMP_ACT_ERRNO (errnoRet 1), the architectures seen, one "
           "SCMP_ACT_ALLOW rule. With --base, the union with that profile for the target. The command runs as "
           "you. Exit status: the command's, or 125, 126, 127 like run."));
    const QCommandLineOption baseOption(QStringLiteral("base"), tr("Add the recorded syscalls to this profile."),
                                        QStringLiteral("FILE"));
    const QCommandLineOption outputOption(QStringList{QStringLiteral("o"), QStringLiteral("output")},
                                          tr("Write the profile to FILE instead of standard output."),
                                          QStringLiteral("FILE"));
    parser.addOption(baseOption);
    parser.addOption(outputOption);
    addTargetOptions(parser);
    parser.addPositionalArgument(QStringLiteral("--"), tr("Then the command and its arguments."),
                                 QStringLiteral("-- CMD [ARGS…]"));
    if (const auto done = parse(parser, ours)) {
        return *done;
    }
    if (!parser.positionalArguments().isEmpty() || command.isEmpty()) {
        return usage(tr("record needs -- and the command, e.g. record -o ls.json -- ls /"));
    }
    const std::optional<Target> t = target(parser);
    if (!t) {
        return UsageError;
    }
    std::optional<ProfileReader::Result> base;
    if (parser.isSet(baseOption)) {
        int exitCode = Success;
        base = readValidProfile(parser.value(baseOption), &exitCode);
        if (!base) {
            return RunFailure;
        }
    }
    const TracingFilter filter = TracingFilter::forRecording(TracingFilter::nativeArchitectures());
    if (!filter.ok()) {
        m_err << filter.compiled.errors.join(QLatin1Char('\n')) << '\n';
        m_err.flush();
        return RunFailure;
    }
    CommandTracer::Options options;
    options.program = command.constFirst();
    options.arguments = command.mid(1);
    options.bpf = filter.compiled.bpf;
    m_out.flush();
    m_err.flush();
    CommandTracer tracer;
    const CommandTracer::Report report = tracer.run(options);
    if (!report.started) {
        m_err << QStringLiteral("sysfence: %1\n").arg(report.error);
        m_err.flush();
        return report.exitCode == NotFound ? NotFound : report.exitCode == CannotExecute ? CannotExecute : RunFailure;
    }

    QByteArray text;
    if (base) {
        const ProfileEdit merged = RecordedProfile::mergeInto(base->profile, report, *t);
        text = ProfileWriter::write(merged.after, base->style);
        m_err << tr("sysfence: %n recorded syscall(s) added to the base profile.", nullptr,
                    static_cast<int>(merged.syscalls.size()))
              << '\n';
        if (!merged.notice.isEmpty()) {
            m_err << QStringLiteral("sysfence: %1\n").arg(merged.notice);
        }
    } else {
        text = ProfileWriter::write(RecordedProfile::build(report));
    }
    const QStringList names = RecordedProfile::syscallNames(report);
    m_err << tr("sysfence: recorded %n syscall(s)", nullptr, static_cast<int>(names.size()))
          << tr(" on %1 (%n call(s)", nullptr, static_cast<int>(report.stops)).arg(report.architectures.join(QStringLiteral(", ")))
          << tr(", %n process(es) and thread(s)); exit status %1.", nullptr, report.processes).arg(report.shellStatus())
          << '\n';
    m_err.flush();
    if (parser.isSet(outputOption)) {
        QSaveFile out(parser.value(outputOption));
        if (!out.open(QIODevice::WriteOnly) || out.write(text) != text.size() || !out.commit()) {
            usage(tr("cannot write %1: %2").arg(out.fileName(), out.errorString()));
            return RunFailure;
        }
    } else {
        m_out << QString::fromUtf8(text);
        m_out.flush();
    }
    return report.shellStatus();
}

int CliApplication::convert(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Convert a profile between Docker JSON, an OCI runtime config.json (linux.seccomp) and a Kubernetes "
           "SeccompProfile YAML. The input format is detected from the content. OCI and SeccompProfile have no "
           "archMap, includes, excludes or comments: they are resolved for the target, and what was resolved is "
           "printed on standard error. Writes to standard output unless -o is given."));
    const QCommandLineOption toOption(QStringLiteral("to"), tr("Output format: docker, oci or spo."),
                                      QStringLiteral("format"));
    const QCommandLineOption outputOption(QStringList{QStringLiteral("o"), QStringLiteral("output")},
                                          tr("Write to FILE (atomically) instead of standard output."),
                                          QStringLiteral("FILE"));
    const QCommandLineOption nameOption(QStringLiteral("name"),
                                        tr("metadata.name of the SeccompProfile written by --to spo (default: the "
                                           "input document's name or the file name)."),
                                        QStringLiteral("NAME"));
    const QCommandLineOption documentOption(
        QStringLiteral("document"),
        tr("Which SeccompProfile of a YAML file with several to read: its metadata.name or its index from 0."),
        QStringLiteral("NAME|INDEX"));
    parser.addOption(toOption);
    parser.addOption(outputOption);
    parser.addOption(nameOption);
    parser.addOption(documentOption);
    addTargetOptions(parser);
    parser.addPositionalArgument(QStringLiteral("FILE"), tr("The profile: Docker JSON, config.json or YAML."));
    if (const auto done = parse(parser, arguments)) {
        return *done;
    }
    if (parser.positionalArguments().size() != 1) {
        return usage(tr("convert needs exactly one FILE."));
    }
    if (!parser.isSet(toOption)) {
        return usage(tr("convert needs --to docker, oci or spo."));
    }
    const std::optional<ProfileFormat> to = ProfileFormats::fromId(parser.value(toOption));
    if (!to) {
        return usage(tr("--to takes docker, oci or spo, not “%1”.").arg(parser.value(toOption)));
    }
    if (parser.isSet(nameOption) && !SeccompProfileYaml::isValidName(parser.value(nameOption))) {
        return usage(tr("--name “%1” is not a valid Kubernetes name (lowercase letters, digits, “-” and “.”).")
                         .arg(parser.value(nameOption)));
    }
    const std::optional<Target> t = target(parser);
    if (!t) {
        return UsageError;
    }
    const QString file = parser.positionalArguments().constFirst();
    const ProfileReader::Result io = ProfileReader::readFile(file);
    if (io.ioError || (io.text.isEmpty() && !io.diagnostics.isEmpty() && !io.parsed
                          && io.diagnostics.constFirst().code == QLatin1String("file-too-large"))) {
        m_err << DiagnosticReport::text(io.diagnostics);
        m_err.flush();
        return io.ioError ? UsageError : Failure;
    }
    auto failWith = [this](const Diagnostics &diagnostics) {
        m_err << DiagnosticReport::text(diagnostics);
        m_err.flush();
        return Failure;
    };

    const ProfileFormat from = ProfileFormats::detect(io.text);
    Profile profile;
    JsonStyle style = io.style;
    Diagnostics warnings;
    SeccompProfileYaml::Options spoOptions;
    QStringList notes;
    switch (from) {
    case ProfileFormat::Docker:
        if (!io.parsed || io.hasErrors()) {
            return failWith(io.diagnostics);
        }
        profile = io.profile;
        warnings = io.diagnostics;
        break;
    case ProfileFormat::Oci: {
        const OciConfig::Result r = OciConfig::read(io.text, file);
        if (!r.parsed || r.hasErrors()) {
            return failWith(r.diagnostics);
        }
        profile = r.profile;
        style = r.style;
        warnings = r.diagnostics;
        break;
    }
    case ProfileFormat::Spo: {
        const SeccompProfileYaml::Result r = SeccompProfileYaml::read(io.text, file);
        if (r.documents.isEmpty()) {
            return failWith(r.diagnostics);
        }
        qsizetype index = 0;
        if (parser.isSet(documentOption)) {
            index = r.find(parser.value(documentOption));
        } else if (r.documents.size() > 1) {
            index = -1;
        }
        if (index < 0) {
            QStringList choices;
            for (qsizetype i = 0; i < r.documents.size(); ++i) {
                const SeccompProfileYaml::Document &d = r.documents.at(i);
                choices.append(QStringLiteral("  %1  %2%3").arg(i).arg(d.name, d.namespaceName.isEmpty()
                                                                          ? QString()
                                                                          : QStringLiteral(" (%1)").arg(d.namespaceName)));
            }
            const QString intro = parser.isSet(documentOption)
                ? tr("%1 has no SeccompProfile “%2”; choose one of:").arg(file, parser.value(documentOption))
                : tr("%1 holds %2 SeccompProfiles; choose one with --document NAME|INDEX:").arg(file).arg(r.documents.size());
            return usage(intro + QLatin1Char('\n') + choices.join(QLatin1Char('\n')));
        }
        const SeccompProfileYaml::Document &doc = r.documents.at(index);
        if (doc.hasErrors()) {
            return failWith(doc.diagnostics);
        }
        profile = doc.profile;
        style = JsonStyle::dockerDefault();
        style.finalNewline = true;
        warnings = r.diagnostics + doc.diagnostics;
        spoOptions.name = doc.name;
        spoOptions.namespaceName = doc.namespaceName;
        spoOptions.baseProfileName = doc.baseProfileName;
        if (!doc.baseProfileName.isEmpty() && *to != ProfileFormat::Spo) {
            notes.append(tr("baseProfileName “%1” is not included: the operator unions that profile into this one "
                            "when it installs it; convert it too and merge the two.")
                             .arg(doc.baseProfileName));
        }
        break;
    }
    }
    m_err << DiagnosticReport::text(warnings);

    QByteArray output;
    switch (*to) {
    case ProfileFormat::Docker:
        output = ProfileWriter::write(profile, style);
        break;
    case ProfileFormat::Oci: {
        JsonStyle snippetStyle = style;
        snippetStyle.finalNewline = true;
        const OciConfig::Written w = OciConfig::snippet(profile, *t, snippetStyle);
        if (!w.ok()) {
            m_err << tr("error: %1").arg(w.error) << '\n';
            m_err.flush();
            return Failure;
        }
        notes.append(w.messages);
        output = w.text;
        break;
    }
    case ProfileFormat::Spo: {
        if (parser.isSet(nameOption)) {
            spoOptions.name = parser.value(nameOption);
        } else if (spoOptions.name.isEmpty()) {
            spoOptions.name = SeccompProfileYaml::nameFrom(
                QFileInfo(parser.isSet(outputOption) ? parser.value(outputOption) : file).completeBaseName());
        }
        const SeccompProfileYaml::Written w = SeccompProfileYaml::write(profile, *t, spoOptions);
        if (!w.ok()) {
            m_err << tr("error: %1").arg(w.error) << '\n';
            m_err.flush();
            return Failure;
        }
        notes.append(w.messages);
        output = w.text;
        break;
    }
    }
    for (const QString &note : std::as_const(notes)) {
        m_err << tr("note: %1").arg(note) << '\n';
    }
    m_err.flush();
    if (!parser.isSet(outputOption)) {
        m_out << QString::fromUtf8(output);
        m_out.flush();
        return Success;
    }
    QSaveFile out(parser.value(outputOption));
    if (!out.open(QIODevice::WriteOnly) || out.write(output) != output.size() || !out.commit()) {
        return usage(tr("cannot write %1: %2").arg(out.fileName(), out.errorString()));
    }
    return Success;
}

} // namespace Sysfence
