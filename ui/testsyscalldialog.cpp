#include "testsyscalldialog.h"

#include "document.h"

#include "catalog/argumentnames.h"
#include "catalog/catalog.h"
#include "seccomp/bpfemulator.h"
#include "seccomp/filtercompiler.h"
#include "seccomp/syscallresolver.h"

#include <QCompleter>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGridLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QVBoxLayout>

namespace Sysfence {

TestSyscallDialog::TestSyscallDialog(Document *document, QWidget *parent)
    : QDialog(parent)
    , m_document(document)
    , m_syscall(new QLineEdit(this))
    , m_result(new QLabel(this))
    , m_path(new QListWidget(this))
{
    setObjectName(QStringLiteral("testSyscallDialog"));
    setWindowTitle(tr("Test a Syscall"));
    m_syscall->setObjectName(QStringLiteral("testSyscallName"));
    m_result->setObjectName(QStringLiteral("testSyscallResult"));
    m_path->setObjectName(QStringLiteral("testSyscallPath"));
    auto *completer = new QCompleter(Catalog::instance().syscallNames(), this);
    completer->setFilterMode(Qt::MatchStartsWith);
    m_syscall->setCompleter(completer);
    m_syscall->setPlaceholderText(tr("name or number"));
    QFont mono(QStringLiteral("monospace"));
    mono.setStyleHint(QFont::TypeWriter);
    m_path->setFont(mono);
    QFont big = m_result->font();
    big.setPointSizeF(big.pointSizeF() * 1.3);
    big.setBold(true);
    m_result->setFont(big);
    m_result->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto *form = new QFormLayout;
    form->addRow(tr("Syscall:"), m_syscall);
    auto *argsGrid = new QGridLayout;
    for (int i = 0; i < 6; ++i) {
        m_args[static_cast<size_t>(i)] = new QLineEdit(this);
        m_args[static_cast<size_t>(i)]->setObjectName(QStringLiteral("testArg%1").arg(i));
        m_args[static_cast<size_t>(i)]->setPlaceholderText(QStringLiteral("0"));
        argsGrid->addWidget(new QLabel(tr("arg%1").arg(i), this), i / 3, (i % 3) * 2);
        argsGrid->addWidget(m_args[static_cast<size_t>(i)], i / 3, (i % 3) * 2 + 1);
        connect(m_args[static_cast<size_t>(i)], &QLineEdit::textChanged, this, &TestSyscallDialog::evaluate);
    }
    form->addRow(tr("Arguments:"), argsGrid);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_result);
    layout->addWidget(new QLabel(tr("Instructions executed by the filter:"), this));
    layout->addWidget(m_path, 1);
    layout->addWidget(buttons);
    resize(640, 560);

    connect(m_syscall, &QLineEdit::textChanged, this, &TestSyscallDialog::evaluate);
    connect(m_document, &Document::changed, this, &TestSyscallDialog::evaluate);
    evaluate();
}

void TestSyscallDialog::setSyscall(const QString &name)
{
    m_syscall->setText(name);
}

void TestSyscallDialog::evaluate()
{
    m_path->clear();
    const Target &target = m_document->target();
    const QString name = m_syscall->text().trimmed();
    if (name.isEmpty()) {
        m_result->setText(tr("Type a syscall."));
        return;
    }
    if (m_document->effective().seccompDisabled) {
        m_result->setText(tr("SCMP_ACT_ALLOW — --privileged loads no filter"));
        return;
    }
    BpfEmulator::Call call;
    call.arch = SyscallResolver::auditArch(target.architecture);
    bool isNumber = false;
    call.nr = name.toInt(&isNumber);
    if (!isNumber) {
        const std::optional<int> nr = SyscallResolver::number(target.architecture, name);
        if (!nr || !SyscallResolver::existsOn(*nr)) {
            m_result->setText(tr("“%1” is not a syscall on %2.").arg(name, target.goArchitecture()));
            return;
        }
        call.nr = *nr;
    }
    for (int i = 0; i < 6; ++i) {
        const QString text = m_args[static_cast<size_t>(i)]->text();
        if (text.trimmed().isEmpty()) {
            continue;
        }
        const std::optional<quint64> v = ArgumentNames::instance().parse(name, static_cast<quint32>(i), text);
        if (!v) {
            m_result->setText(tr("arg%1: “%2” is not a number or a known name.").arg(i).arg(text));
            return;
        }
        call.args[static_cast<size_t>(i)] = *v;
    }
    const FilterCompiler::Result compiled = FilterCompiler::compile(m_document->effective(), target.architecture,
                                                                   FilterCompiler::Optimization::Linear,
                                                                   FilterCompiler::Detail::Program);
    const BpfEmulator::Result r = BpfEmulator::run(compiled.bpf, call);
    if (!r.ok) {
        m_result->setText(r.error.isEmpty() ? compiled.errors.join(QLatin1Char(' ')) : r.error);
        return;
    }
    m_result->setText(tr("%1 on %2").arg(r.action(), target.goArchitecture()));
    for (const int pc : r.path) {
        m_path->addItem(QStringLiteral("%1: %2").arg(pc, 4).arg(BpfEmulator::disassemble(compiled.bpf, pc)));
    }
}

} // namespace Sysfence
