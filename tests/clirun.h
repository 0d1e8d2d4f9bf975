#pragma once

// Runs sysfence-cli in-process and keeps what it printed.

#include "cli/cliapplication.h"

#include <QString>
#include <QStringList>
#include <QTextStream>

namespace CliRun {

struct Run {
    int exitCode = -1;
    QString out;
    QString err;
};

inline Run cli(const QStringList &args)
{
    Run run;
    QTextStream out(&run.out);
    QTextStream err(&run.err);
    Sysfence::CliApplication app(out, err);
    run.exitCode = app.run(QStringList{QStringLiteral("sysfence-cli")} + args);
    return run;
}

} // namespace CliRun
