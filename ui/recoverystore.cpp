#include "recoverystore.h"

#include "document.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLockFile>
#include <QSaveFile>
#include <QStandardPaths>

#include <algorithm>

namespace Sysfence {

namespace {
constexpr int FormatVersion = 1;
const QLatin1String VersionKey("sysfenceRecovery");
const QLatin1String OriginalPathKey("originalPath");
const QLatin1String TitleKey("title");
const QLatin1String SavedAtKey("savedAt");
const QLatin1String TextKey("profile");

QString lockPathFor(const QString &file)
{
    return file.left(file.size() - 5) + QLatin1String(".lock"); // "x.json" -> "x.lock"
}

std::unique_ptr<QLockFile> makeLock(const QString &file)
{
    auto lock = std::make_unique<QLockFile>(lockPathFor(file));
    // A session keeps its lock for hours: only a dead owner makes it stale.
    lock->setStaleLockTime(0);
    return lock;
}
} // namespace

RecoveryStore::RecoveryStore(Document *document, QObject *parent)
    : QObject(parent)
    , m_document(document)
    , m_directory(defaultDirectory())
{
    m_timer.setSingleShot(true);
    m_timer.setInterval(DefaultDelayMs);
    connect(&m_timer, &QTimer::timeout, this, [this] { writeNow(); });
    connect(m_document, &Document::changed, this, &RecoveryStore::documentChanged);
    m_currentFile = fileFor();
}

RecoveryStore::~RecoveryStore() = default; // a file still here means the session did not end cleanly

QString RecoveryStore::defaultDirectory()
{
    return QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)).filePath(QStringLiteral("recovery"));
}

void RecoveryStore::setDirectory(const QString &directory)
{
    removeOwnFile();
    m_directory = directory;
    m_currentFile = fileFor();
}

QString RecoveryStore::fileFor() const
{
    QString base;
    if (m_document->filePath().isEmpty()) {
        base = QStringLiteral("untitled-%1").arg(m_untitledNumber);
    } else {
        base = QString::fromLatin1(
            QCryptographicHash::hash(m_document->filePath().toUtf8(), QCryptographicHash::Sha1).toHex().left(16));
    }
    // The process id keeps two running instances apart; the lock says which are running.
    return QDir(m_directory).filePath(QStringLiteral("%1-%2.json").arg(base).arg(QCoreApplication::applicationPid()));
}

void RecoveryStore::documentChanged(const DocumentChange &change)
{
    if (change.kind == DocumentChange::Kind::Reset) {
        // Another profile replaced this one (after the unsaved-changes prompt).
        removeOwnFile();
        if (m_document->filePath().isEmpty()) {
            // Numbered per process, so that two windows never share a file.
            static int untitledCount = 0;
            m_untitledNumber = ++untitledCount;
        }
        m_currentFile = fileFor();
    } else if (const QString file = fileFor(); file != m_currentFile) {
        // Saved under another name: the old copy is obsolete.
        removeOwnFile();
        m_currentFile = file;
    }
    if (m_document->isModified() && m_document->isEditable()) {
        if (change.kind != DocumentChange::Kind::Target) {
            m_timer.start();
        }
    } else {
        // Saved, or undone back to what is on disk.
        m_timer.stop();
        removeOwnFile();
    }
}

bool RecoveryStore::writeNow(QString *error)
{
    m_timer.stop();
    if (!m_document->isModified() || !m_document->isEditable()) {
        return true;
    }
    if (!QDir().mkpath(m_directory)) {
        if (error) {
            *error = tr("Cannot create %1.").arg(m_directory);
        }
        return false;
    }
    if (!m_lock || m_lock->fileName() != lockPathFor(m_currentFile)) {
        m_lock = makeLock(m_currentFile);
        m_lock->tryLock(0); // the name carries our pid: nobody else holds it
    }
    QJsonObject o;
    o.insert(VersionKey, FormatVersion);
    o.insert(OriginalPathKey, m_document->filePath());
    o.insert(TitleKey, m_document->displayName());
    o.insert(SavedAtKey, QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs));
    o.insert(TextKey, QString::fromUtf8(m_document->text()));
    const QByteArray bytes = QJsonDocument(o).toJson(QJsonDocument::Indented);
    QSaveFile file(m_currentFile);
    // Unbuffered, for the reason given in Document::save.
    if (!file.open(QIODevice::WriteOnly | QIODevice::Unbuffered) || file.write(bytes) != bytes.size() || !file.commit()) {
        if (error) {
            *error = file.errorString();
        }
        qWarning("Cannot write the recovery file %s: %s", qUtf8Printable(m_currentFile),
                 qUtf8Printable(file.errorString()));
        return false;
    }
    m_hasFile = true;
    emit written(m_currentFile);
    return true;
}

void RecoveryStore::discard()
{
    m_timer.stop();
    removeOwnFile();
}

void RecoveryStore::removeOwnFile()
{
    if (m_hasFile) {
        QFile::remove(m_currentFile);
        m_hasFile = false;
    }
    if (m_lock) {
        m_lock->unlock();
        m_lock.reset();
    }
}

QList<RecoveryStore::Entry> RecoveryStore::findOrphans(const QString &directory)
{
    QList<Entry> entries;
    const QDir dir(directory);
    for (const QString &name : dir.entryList({QStringLiteral("*.json")}, QDir::Files)) {
        const QString path = dir.filePath(name);
        // Held by a running session (this one included): not an orphan.
        const std::unique_ptr<QLockFile> lock = makeLock(path);
        if (!lock->tryLock(0)) {
            continue;
        }
        lock->unlock();
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly)) {
            continue;
        }
        const QJsonObject o = QJsonDocument::fromJson(file.readAll()).object();
        if (o.value(VersionKey).toInt() != FormatVersion || !o.value(TextKey).isString()) {
            continue;
        }
        Entry entry;
        entry.file = path;
        entry.originalPath = o.value(OriginalPathKey).toString();
        entry.title = o.value(TitleKey).toString();
        entry.savedAt = QDateTime::fromString(o.value(SavedAtKey).toString(), Qt::ISODateWithMs);
        entry.text = o.value(TextKey).toString().toUtf8();
        entries.append(entry);
    }
    std::sort(entries.begin(), entries.end(), [](const Entry &a, const Entry &b) { return a.savedAt > b.savedAt; });
    return entries;
}

bool RecoveryStore::remove(const Entry &entry)
{
    QFile::remove(lockPathFor(entry.file));
    return QFile::remove(entry.file);
}

} // namespace Sysfence
