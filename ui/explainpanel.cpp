#include "explainpanel.h"

#include "document.h"

#include "catalog/catalog.h"
#include "profile/architecture.h"
#include "seccomp/syscallresolver.h"

namespace Sysfence {

ExplainPanel::ExplainPanel(Document *document, QWidget *parent)
    : QTextBrowser(parent)
    , m_document(document)
{
    setObjectName(QStringLiteral("explainPanel"));
    setOpenLinks(false);
    connect(document, &Document::changed, this, [this] { refresh(); });
    refresh();
}

void ExplainPanel::showSyscall(const QString &name)
{
    m_syscall = name;
    refresh();
}

void ExplainPanel::refresh()
{
    if (m_syscall.isEmpty()) {
        setHtml(tr("<p>Select a syscall to see what it does, why it is risky and what Docker does with it.</p>"));
        return;
    }
    const Catalog &catalog = Catalog::instance();
    const SyscallInfo info = catalog.syscall(m_syscall);
    const RiskGroup *group = catalog.group(info.group);
    const SyscallVerdict verdict = m_document->verdicts().value(m_syscall);
    QString html = QStringLiteral("<h3>%1</h3><p>%2</p>").arg(m_syscall.toHtmlEscaped(), info.summary.text().toHtmlEscaped());
    html += QStringLiteral("<table cellspacing='4'>");
    auto row = [&html](const QString &label, const QString &value) {
        html += QStringLiteral("<tr><td><b>%1</b></td><td>%2</td></tr>").arg(label.toHtmlEscaped(), value.toHtmlEscaped());
    };
    row(tr("Group"), group ? group->name.text() : info.group);
    row(tr("Risk"), RiskLevels::displayName(info.risk));
    row(tr("Capability checked"), info.capability.isEmpty() ? tr("none") : info.capability);
    row(tr("This profile"), m_document->effective().seccompDisabled ? tr("no filter (privileged)") : verdict.summary());
    row(tr("Docker's default"), info.dockerDispositionText());
    QStringList numbers;
    for (const QString &arch : {QStringLiteral("SCMP_ARCH_X86_64"), QStringLiteral("SCMP_ARCH_AARCH64"),
                                QStringLiteral("SCMP_ARCH_X86"), QStringLiteral("SCMP_ARCH_ARM")}) {
        const std::optional<int> nr = info.number(arch);
        numbers.append(QStringLiteral("%1: %2").arg(Architectures::goName(arch),
                                                    !nr ? QStringLiteral("—")
                                                        : (SyscallResolver::isMultiplexed(*nr) ? tr("multiplexed")
                                                                                               : QString::number(*nr))));
    }
    row(tr("Numbers"), numbers.join(QLatin1String(", ")));
    html += QStringLiteral("</table>");
    if (!info.riskNote.isEmpty()) {
        html += QStringLiteral("<h4>%1</h4><p>%2</p>").arg(tr("Why it is risky"), info.riskNote.text().toHtmlEscaped());
    }
    if (!info.dockerWhy.isEmpty()) {
        html += QStringLiteral("<h4>%1</h4><p>%2</p>").arg(tr("Why Docker does this"), info.dockerWhy.text().toHtmlEscaped());
    }
    setHtml(html);
}

} // namespace Sysfence
