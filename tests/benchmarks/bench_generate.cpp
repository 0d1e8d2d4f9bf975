// Writes a synthetic profile: bench_generate --rules N FILE, or --mib M FILE.
#include "profilegenerator.h"

#include <QCoreApplication>
#include <QFile>

#include <cstdio>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = QCoreApplication::arguments();
    if (args.size() != 4 || (args.at(1) != QLatin1String("--rules") && args.at(1) != QLatin1String("--mib"))) {
        std::fprintf(stderr, "usage: bench_generate --rules N FILE | --mib M FILE\n");
        return 2;
    }
    const int n = args.at(2).toInt();
    const QByteArray text = args.at(1) == QLatin1String("--rules")
        ? Sysfence::Bench::generateText(n)
        : Sysfence::Bench::generateTextOfSize(qint64(n) * 1024 * 1024);
    QFile out(args.at(3));
    if (!out.open(QIODevice::WriteOnly) || out.write(text) != text.size()) {
        std::fprintf(stderr, "cannot write %s\n", qPrintable(args.at(3)));
        return 1;
    }
    return 0;
}
