#include "cli/cliapplication.h"
#include "i18n/translations.h"

#include <QCoreApplication>
#include <QTextStream>

#include <cstdio>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("sysfence-cli"));
    QCoreApplication::setApplicationVersion(QStringLiteral(SYSFENCE_VERSION));
    Sysfence::Translations::install();
    QTextStream out(stdout);
    QTextStream err(stderr);
    Sysfence::CliApplication cli(out, err);
    cli.setExitsAfterRun(true);
    return cli.run(QCoreApplication::arguments());
}
