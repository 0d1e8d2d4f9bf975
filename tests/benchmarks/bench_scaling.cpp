// Cost per rule as profiles grow: reading and validating (what
// `sysfence-cli validate` does), opening in a Document (every derived view
// state) and one edit in that Document. bench_scaling [RULES...]
#include "benchstats.h"
#include "profilegenerator.h"

#include "document.h"

#include "analysis/profilevalidator.h"
#include "edit/profileeditor.h"
#include "format/profilereader.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QTemporaryDir>

using namespace Sysfence;

namespace {
template<typename F>
double medianMs(int runs, F &&f)
{
    QList<double> ms;
    for (int i = 0; i < runs; ++i) {
        QElapsedTimer t;
        t.start();
        f();
        ms.append(double(t.nsecsElapsed()) / 1e6);
    }
    return Bench::percentile(ms, 50);
}
} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QList<int> sizes;
    for (const QString &a : QCoreApplication::arguments().mid(1)) {
        sizes.append(a.toInt());
    }
    if (sizes.isEmpty()) {
        sizes = {1000, 5000, 10000, 50000};
    }
    QTemporaryDir dir;
    std::printf("%8s %10s | %12s %10s | %12s %10s | %12s %10s\n", "rules", "MiB", "read+valid.", "us/rule",
                "open", "us/rule", "edit", "us/rule");
    for (const int n : std::as_const(sizes)) {
        const QByteArray text = Bench::generateText(n);
        const QString path = dir.filePath(QStringLiteral("p%1.json").arg(n));
        QFile f(path);
        if (!f.open(QIODevice::WriteOnly) || f.write(text) != text.size()) {
            return 1;
        }
        f.close();
        const int runs = n >= 50000 ? 3 : 7;
        const double read = medianMs(runs, [&] {
            const ProfileReader::Result r = ProfileReader::read(text, path);
            const Diagnostics d = ProfileValidator::validate(r.profile, r.text, path);
            if (r.hasErrors() || hasErrors(d)) {
                std::fprintf(stderr, "the generated profile has errors\n");
                std::exit(1);
            }
        });
        Document document;
        QString error;
        const double open = medianMs(runs, [&] { document.load(path, &error); });
        int i = 0;
        const double edit = medianMs(runs * 3, [&] {
            const QString name = i % 2 ? QStringLiteral("ptrace") : QStringLiteral("mount");
            const Action action = i % 4 < 2 ? Action::KillProcess : Action::Allow;
            ++i;
            document.apply(ProfileEditor::setSyscallAction(document.profile(), name, action));
        });
        std::printf("%8d %10.2f | %9.1f ms %10.2f | %9.1f ms %10.2f | %9.2f ms %10.3f\n", n,
                    double(text.size()) / (1 << 20), read, read * 1000 / n, open, open * 1000 / n, edit,
                    edit * 1000 / n);
        std::fflush(stdout);
    }
    return 0;
}
