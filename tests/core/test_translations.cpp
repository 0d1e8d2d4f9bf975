#include "i18n/translations.h"

#include <QCoreApplication>
#include <QFile>
#include <QRegularExpression>
#include <QTest>
#include <QXmlStreamReader>

using namespace Sysfence;

namespace {
struct Message
{
    QString context;
    QString source;
    QString translation;
    bool unfinished = false;
};

QList<Message> readTs(const QString &path)
{
    QList<Message> messages;
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) {
        return messages;
    }
    QXmlStreamReader xml(&f);
    QString context;
    Message current;
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement()) {
            if (xml.isEndElement() && xml.name() == QLatin1String("message")) {
                messages.append(current);
            }
            continue;
        }
        if (xml.name() == QLatin1String("name")) {
            context = xml.readElementText();
        } else if (xml.name() == QLatin1String("message")) {
            current = Message();
            current.context = context;
        } else if (xml.name() == QLatin1String("source")) {
            current.source = xml.readElementText();
        } else if (xml.name() == QLatin1String("translation")) {
            const QString type = xml.attributes().value(QLatin1String("type")).toString();
            current.unfinished = type == QLatin1String("unfinished");
            current.translation = xml.readElementText(QXmlStreamReader::IncludeChildElements);
        }
    }
    return messages;
}

QStringList placeholders(const QString &text)
{
    QStringList found;
    static const QRegularExpression re(QStringLiteral("%(\\d|n)"));
    for (auto it = re.globalMatch(text); it.hasNext();) {
        found.append(it.next().captured());
    }
    found.sort();
    return found;
}

const QString TsFile = QStringLiteral(SYSFENCE_SOURCE_DIR "/translations/sysfence_zh_CN.ts");
} // namespace

class TestTranslations final : public QObject
{
    Q_OBJECT

private slots:
    void everyStringIsTranslated();
    void placeholdersSurvive();
    void chineseIsLoaded();
};

void TestTranslations::everyStringIsTranslated()
{
    const QList<Message> messages = readTs(TsFile);
    QVERIFY2(messages.size() > 300, qPrintable(TsFile));
    QStringList missing;
    for (const Message &m : messages) {
        if (m.unfinished || m.translation.trimmed().isEmpty()) {
            missing << QStringLiteral("%1: %2").arg(m.context, m.source);
        }
    }
    // Run `cmake --build build --target update_translations` and translate these.
    QCOMPARE(missing, QStringList());
}

void TestTranslations::placeholdersSurvive()
{
    QStringList broken;
    for (const Message &m : readTs(TsFile)) {
        if (!m.unfinished && placeholders(m.source) != placeholders(m.translation)) {
            broken << QStringLiteral("%1: %2 → %3").arg(m.context, m.source, m.translation);
        }
    }
    QCOMPARE(broken, QStringList());
}

void TestTranslations::chineseIsLoaded()
{
    QCOMPARE(Translations::install(QStringLiteral("zh_CN")), QStringLiteral("zh_CN"));
    const QString file = QCoreApplication::translate("Sysfence::MainWindow", "&File");
    QVERIFY2(file != QLatin1String("&File"), qPrintable(file));
    QCOMPARE(QLocale().language(), QLocale::Chinese);
    QCOMPARE(Translations::install(QStringLiteral("en")), QStringLiteral("en"));
}

QTEST_GUILESS_MAIN(TestTranslations)
#include "test_translations.moc"
