#pragma once

#include <QDir>
#include <QStringList>
#include <QTest>

// The real-world profiles in ../shared/corpus. They are not part of the
// repository, so tests that need them skip with a message when it is absent.
namespace TestCorpus {

inline QString dir()
{
    return QStringLiteral(SYSFENCE_CORPUS_DIR);
}

inline QStringList jsonFiles()
{
    return QDir(dir()).entryList({QStringLiteral("*.json")}, QDir::Files, QDir::Name);
}

inline QString path(const QString &name)
{
    return QDir(dir()).filePath(name);
}

inline QString dataPath(const QString &name)
{
    return QDir(QStringLiteral(SYSFENCE_TEST_DATA)).filePath(name);
}

} // namespace TestCorpus

#define SKIP_WITHOUT_CORPUS()                                                                                          \
    do {                                                                                                               \
        if (TestCorpus::jsonFiles().isEmpty()) {                                                                       \
            QSKIP(qPrintable(QStringLiteral("The real-world corpus is missing at %1; those tests are skipped.")        \
                                 .arg(TestCorpus::dir())));                                                            \
        }                                                                                                              \
    } while (false)
