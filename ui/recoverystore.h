#pragma once

#include <QDateTime>
#include <QList>
#include <QObject>
#include <QString>
#include <QTimer>

#include <memory>

class QLockFile;

namespace Sysfence {

class Document;
struct DocumentChange;

// Keeps a copy of a Document's unsaved text on disk, so that a crash loses
// at most the last few seconds of work. The copy is written (atomically) a
// short while after the last edit and removed when the document is saved,
// reverted to its saved state, replaced or closed cleanly. Files left by a
// session that did not end cleanly are found again on the next start.
//
// One JSON file per document under <AppDataLocation>/recovery, named after
// the document (a hash of its path, or "untitled") and the process, with a
// lock file beside it held while the session runs: a recovery file whose
// lock is held belongs to a running instance and is not offered.
class RecoveryStore final : public QObject
{
    Q_OBJECT

public:
    static constexpr int DefaultDelayMs = 3000;

    struct Entry {
        QString file;         // the recovery file
        QString originalPath; // the profile's file, empty for an untitled one
        QString title;        // what the window called it
        QDateTime savedAt;    // when the copy was written (UTC)
        QByteArray text;      // the document's text at that moment
    };

    explicit RecoveryStore(Document *document, QObject *parent = nullptr);
    ~RecoveryStore() override;

    // <AppDataLocation>/recovery unless set, e.g. by a test.
    static QString defaultDirectory();
    QString directory() const { return m_directory; }
    void setDirectory(const QString &directory);

    int delay() const { return m_timer.interval(); }
    void setDelay(int milliseconds) { m_timer.setInterval(milliseconds); }

    // The recovery file this session writes for the current document, or an
    // empty string while it has not written one.
    QString currentFile() const { return m_hasFile ? m_currentFile : QString(); }

    // Writes the copy now, if the document has unsaved changes.
    bool writeNow(QString *error = nullptr);
    // Removes this session's copy: after a clean close or when the user
    // discards the changes.
    void discard();

    // Copies left by sessions that are no longer running, newest first.
    // Files that cannot be read as recovery files are skipped, not removed.
    static QList<Entry> findOrphans(const QString &directory);
    QList<Entry> findOrphans() const { return findOrphans(m_directory); }
    // Removes an orphan once restored or discarded.
    static bool remove(const Entry &entry);

signals:
    void written(const QString &file);

private:
    void documentChanged(const DocumentChange &change);
    QString fileFor() const;
    void removeOwnFile();

    Document *m_document;
    QString m_directory;
    QTimer m_timer;
    QString m_currentFile;
    bool m_hasFile = false;
    std::unique_ptr<QLockFile> m_lock;
    int m_untitledNumber = 0;
};

} // namespace Sysfence
