#pragma once

#include "format/jsonreader.h"
#include "format/profilereader.h"

#include <QMainWindow>

class QTreeWidget;
class QTreeWidgetItem;

namespace Sysfence {

class JsonPreview;

// The editor's main window. For now it opens a profile and shows it as the
// writer would save it, with the reader's diagnostics beside it.
class MainWindow final : public QMainWindow {
    Q_OBJECT

public:
    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;

    bool openFile(const QString &path);
    // Shows a built-in profile (ProfileTemplates id), unsaved.
    void newFromTemplate(const QString &templateId);
    // Lays the window out at 1400×900, renders it into a PNG and returns
    // whether the file was written.
    bool saveScreenshot(const QString &path);

private:
    void open();
    void about();
    void showDiagnostic(QTreeWidgetItem *item);
    void updateTitle();
    void showProfile(const QString &name, const QByteArray &text);

    JsonPreview *m_preview;
    QTreeWidget *m_diagnostics;
    QString m_filePath;
    QString m_templateTitle;
    ProfileReader::Result m_loaded;
    JsonReader::Result m_previewJson; // the preview text, parsed, to find lines by JSON pointer
};

} // namespace Sysfence
