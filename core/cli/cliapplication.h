#pragma once

#include <QCoreApplication>
#include <QStringList>
#include <QTextStream>

namespace Sysfence {

// sysfence-cli: the core without a GUI, for scripts and CI pipelines.
// Kept out of main() so tests can run every command in-process.
class CliApplication final {
    Q_DECLARE_TR_FUNCTIONS(Sysfence::CliApplication)

public:
    enum ExitCode { Success = 0, Failure = 1, UsageError = 2 };

    CliApplication(QTextStream &out, QTextStream &err);

    // `arguments` includes the program name, as QCoreApplication::arguments().
    int run(const QStringList &arguments);

private:
    int validate(const QStringList &arguments);
    int format(const QStringList &arguments);
    int usage(const QString &message);

    QTextStream &m_out;
    QTextStream &m_err;
};

} // namespace Sysfence
