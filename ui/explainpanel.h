#pragma once

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
    const QString &syscall() const { return m_syscall; }

private:
    void refresh();

    Document *m_document;
    QString m_syscall;
};

} // namespace Sysfence
