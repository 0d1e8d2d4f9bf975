#pragma once

#include <QDialog>

#include <array>

class QLabel;
class QLineEdit;
class QListWidget;

namespace Sysfence {

class Document;

// "What happens if": a syscall and its arguments run through the BPF
// program compiled from the open profile for the current target (E6).
class TestSyscallDialog final : public QDialog
{
    Q_OBJECT

public:
    explicit TestSyscallDialog(Document *document, QWidget *parent = nullptr);

    void setSyscall(const QString &name);

private:
    void evaluate();

    Document *m_document;
    QLineEdit *m_syscall;
    std::array<QLineEdit *, 6> m_args{};
    QLabel *m_result;
    QListWidget *m_path;
};

} // namespace Sysfence
