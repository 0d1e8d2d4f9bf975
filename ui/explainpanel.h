#pragma once

#include "refreshwhenseen.h"

#include "format/diagnostic.h"

#include <QTextBrowser>

namespace Sysfence {

class Document;

// Says what the selected syscall does, why it is risky, which capability
// the kernel checks, what Docker's default does with it, and which rules
// of the open profile name it.
class ExplainPanel final : public QTextBrowser
{
    Q_OBJECT

public:
    explicit ExplainPanel(Document *document, QWidget *parent = nullptr);

    void showSyscall(const QString &name);
    void showCapability(const QString &name);
    void showFinding(const Diagnostic &finding);
    // The syscall shown, or empty when a capability or a finding is.
    QString syscall() const { return m_subject == Subject::Syscall ? m_syscall : QString(); }
    // Whether the user can see the panel (QDockWidget::visibilityChanged):
    // out of sight, the page is made again when it comes back.
    void setInSight(bool inSight) { m_refresh.setInSight(inSight); }

signals:
    // The user followed the link to the "Seccomp vs Capabilities" page.
    void seccompVsCapabilitiesRequested(const QString &capability);

private:
    void showPage(const QString &html); // unless it is already shown
    void refresh();
    // Puts `status` after the "This profile:" label; false when the page
    // has no such line.
    bool replaceStatus(const QString &status);
    static QString statusLabel();

    enum class Subject : quint8 { Syscall, Capability, Finding };
    Document *m_document;
    Subject m_subject = Subject::Syscall;
    QString m_syscall;
    QString m_capability;
    Diagnostic m_finding;
    QString m_html; // what the page shows
    QString m_pageWithoutStatus; // a syscall page without its "This profile" line
    RefreshWhenSeen m_refresh{[this] { refresh(); }};
};

} // namespace Sysfence
