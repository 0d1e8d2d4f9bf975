#pragma once

#include <QDialog>

class QComboBox;
class QLabel;
class QPushButton;
class QTextBrowser;

namespace Sysfence {

class Document;

// "Seccomp vs Capabilities": the two mechanisms side by side, and an
// explorer that shows which syscalls of the open profile a capability
// unlocks, with a button to toggle it on the document's target.
class SeccompCapabilitiesDialog final : public QDialog
{
    Q_OBJECT

public:
    explicit SeccompCapabilitiesDialog(Document *document, QWidget *parent = nullptr);

    void setCapability(const QString &capability);
    // The page in the UI language, from resources/explain.
    static QString pageHtml();

private:
    void refresh();

    Document *m_document;
    QTextBrowser *m_page;
    QComboBox *m_capability;
    QLabel *m_result;
    QPushButton *m_toggle;
};

} // namespace Sysfence
