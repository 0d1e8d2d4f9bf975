#include "cliapplication.h"

#include "diagnosticreport.h"

#include "analysis/profilevalidator.h"
#include "format/profilereader.h"
#include "format/profilewriter.h"
#include "profile/architecture.h"
#include "seccomp/syscallresolver.h"

#include <QCommandLineParser>
#include <QFile>
#include <QSaveFile>

namespace Sysfence {

namespace {
QString commandsHelp()
{
    return CliApplication::tr("Commands:\n"
                              "  validate FILE...   Check profiles the way Docker and runc read them.\n"
                              "  fmt FILE           Rewrite a profile in its own (or a given) layout.\n"
                              "\n"
                              "Run “sysfence-cli COMMAND --help” for the options of a command.");
}

QString readableArch(const QString &arch)
{
    if (arch.startsWith(QLatin1String("SCMP_ARCH_"))) {
        return arch;
    }
    return Architectures::scmpName(arch);
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

int CliApplication::run(const QStringList &arguments)
{
    const QString command = arguments.value(1);
    QStringList rest = arguments.mid(2);
    rest.prepend(arguments.value(0) + QLatin1Char(' ') + command);
    if (command == QLatin1String("validate") || command == QLatin1String("lint")) {
        return validate(rest);
    }
    if (command == QLatin1String("fmt")) {
        return format(rest);
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
    return usage(tr("unknown command “%1”.\n%2").arg(command, commandsHelp()));
}

int CliApplication::validate(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Check seccomp profiles. Exit status: 0 without errors, 1 with errors, 2 for usage or I/O problems."));
    parser.addHelpOption();
    const QCommandLineOption formatOption(
        QStringLiteral("format"), tr("Output format: text or json."), QStringLiteral("format"), QStringLiteral("text"));
    const QCommandLineOption archOption(QStringLiteral("arch"),
        tr("Architecture whose syscall table names are checked against (default amd64)."), QStringLiteral("arch"),
        QStringLiteral("SCMP_ARCH_X86_64"));
    parser.addOption(formatOption);
    parser.addOption(archOption);
    parser.addPositionalArgument(QStringLiteral("FILE"), tr("Profiles to check."), QStringLiteral("FILE..."));
    if (!parser.parse(arguments)) {
        return usage(parser.errorText());
    }
    if (parser.isSet(QStringLiteral("help"))) {
        m_out << parser.helpText();
        m_out.flush();
        return Success;
    }
    const QString format = parser.value(formatOption);
    if (format != QLatin1String("text") && format != QLatin1String("json")) {
        return usage(tr("unknown format “%1”; use text or json.").arg(format));
    }
    ProfileValidator::Options options;
    options.architecture = readableArch(parser.value(archOption));
    if (options.architecture.isEmpty() || !Architectures::isScmpName(options.architecture)) {
        return usage(tr("unknown architecture “%1”.").arg(parser.value(archOption)));
    }
    const QStringList files = parser.positionalArguments();
    if (files.isEmpty()) {
        return usage(tr("validate needs at least one FILE."));
    }

    Diagnostics all;
    bool ioProblem = false;
    for (const QString &file : files) {
        const ProfileReader::Result result = ProfileReader::readFile(file);
        all.append(result.diagnostics);
        if (result.parsed) {
            all.append(ProfileValidator::validate(result.profile, result.text, file, options));
        }
        ioProblem = ioProblem || result.ioError;
    }
    if (format == QLatin1String("json")) {
        m_out << QString::fromUtf8(DiagnosticReport::json(all));
    } else {
        m_out << DiagnosticReport::text(all);
    }
    m_out.flush();
    if (ioProblem) {
        return UsageError;
    }
    return hasErrors(all) ? Failure : Success;
}

int CliApplication::format(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Rewrite a profile in its own layout (or with --indent), keeping key order and unknown fields. "
           "Prints to standard output unless -o is given."));
    parser.addHelpOption();
    const QCommandLineOption outputOption(QStringList {QStringLiteral("o"), QStringLiteral("output")},
        tr("Write to FILE (atomically) instead of standard output."), QStringLiteral("FILE"));
    const QCommandLineOption checkOption(
        QStringLiteral("check"), tr("Write nothing; exit 1 if the file is not formatted."));
    const QCommandLineOption indentOption(
        QStringLiteral("indent"), tr("Indent with a tab or N spaces."), QStringLiteral("tab|N"));
    parser.addOption(outputOption);
    parser.addOption(checkOption);
    parser.addOption(indentOption);
    parser.addPositionalArgument(QStringLiteral("FILE"), tr("The profile to format."));
    if (!parser.parse(arguments)) {
        return usage(parser.errorText());
    }
    if (parser.isSet(QStringLiteral("help"))) {
        m_out << parser.helpText();
        m_out.flush();
        return Success;
    }
    if (parser.positionalArguments().size() != 1) {
        return usage(tr("fmt needs exactly one FILE."));
    }
    const QString file = parser.positionalArguments().constFirst();
    ProfileReader::Result result = ProfileReader::readFile(file);
    if (!result.parsed) {
        m_err << DiagnosticReport::text(result.diagnostics);
        m_err.flush();
        return result.ioError ? UsageError : Failure;
    }
    JsonStyle style = result.style;
    if (parser.isSet(indentOption) && !JsonStyle::parseIndent(parser.value(indentOption), &style.indent)) {
        return usage(
            tr("--indent takes “tab” or a number of spaces from 1 to 16, not “%1”.").arg(parser.value(indentOption)));
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
    if (!out.open(QIODevice::WriteOnly) || out.write(formatted) != formatted.size() || !out.commit()) {
        m_err << tr("sysfence-cli: cannot write %1: %2").arg(out.fileName(), out.errorString()) << '\n';
        m_err.flush();
        return UsageError;
    }
    return Success;
}

} // namespace Sysfence
