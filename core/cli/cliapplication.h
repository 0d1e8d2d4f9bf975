#pragma once

#include "analysis/target.h"
#include "format/profilereader.h"

#include <QCoreApplication>
#include <QStringList>
#include <QTextStream>

#include <optional>

class QCommandLineParser;

namespace Sysfence {

// sysfence-cli: the core without a GUI, for scripts and CI pipelines.
// Kept out of main() so tests can run every command in-process.
class CliApplication final {
    Q_DECLARE_TR_FUNCTIONS(Sysfence::CliApplication)

public:
    enum ExitCode { Success = 0, Failure = 1, UsageError = 2 };
    // `run` and `record` pass the command's status through and use
    // Docker's codes for their own failures.
    enum RunExitCode { RunFailure = 125, CannotExecute = 126, NotFound = 127 };

    CliApplication(QTextStream &out, QTextStream &err);

    // `arguments` includes the program name, as QCoreApplication::arguments().
    int run(const QStringList &arguments);

    // The process ends when `run` returns: what was read is left to the
    // operating system instead of being freed rule by rule (a seventh of
    // validating a 10 MiB profile). Off by default, for in-process use.
    void setExitsAfterRun(bool exits) { m_exitsAfterRun = exits; }

private:
    int validate(const QStringList &arguments, bool lint);
    int format(const QStringList &arguments);
    int effective(const QStringList &arguments);
    int compile(const QStringList &arguments);
    int templateCommand(const QStringList &arguments);
    int explain(const QStringList &arguments);
    int diff(const QStringList &arguments);
    int testCall(const QStringList &arguments);
    int runCommand(const QStringList &arguments);
    int record(const QStringList &arguments);
    int convert(const QStringList &arguments);
    int usage(const QString &message);

    // Parses; prints help and returns Success for --help, prints the error
    // and returns UsageError on bad input; nullopt to go on.
    std::optional<int> parse(QCommandLineParser &parser, const QStringList &arguments);
    static void addTargetOptions(QCommandLineParser &parser);
    // Reads a profile for a command that needs a valid one; on failure
    // prints the diagnostics, sets `exitCode` and returns nullopt.
    std::optional<ProfileReader::Result> readValidProfile(const QString &path, int *exitCode);
    std::optional<Target> target(const QCommandLineParser &parser);

    QTextStream &m_out;
    QTextStream &m_err;
    bool m_exitsAfterRun = false;
};

} // namespace Sysfence
