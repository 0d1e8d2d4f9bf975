#include "explainpanel.h"

#include "document.h"
#include "documentchange.h"

#include "analysis/capabilityanalyzer.h"
#include "catalog/catalog.h"
#include "profile/architecture.h"
#include "seccomp/syscallresolver.h"

#include <QAbstractTextDocumentLayout>
#include <QScrollBar>
#include <QTextBlock>
#include <QTextCursor>

namespace Sysfence {

ExplainPanel::ExplainPanel(Document *document, QWidget *parent)
    : QTextBrowser(parent)
    , m_document(document)
{
    setObjectName(QStringLiteral("explainPanel"));
    setOpenLinks(false);
    connect(this, &QTextBrowser::anchorClicked, this, [this](const QUrl &url) {
        if (url.scheme() == QLatin1String("sysfence") && url.path() == QLatin1String("seccomp-vs-capabilities")) {
            emit seccompVsCapabilitiesRequested(url.fragment());
        } else if (url.scheme() == QLatin1String("syscall")) {
            showSyscall(url.path());
        } else if (url.scheme() == QLatin1String("capability")) {
            showCapability(url.path());
        }
    });
    connect(document, &Document::changed, this, [this](const DocumentChange &change) {
        // A syscall's page shows the profile only in its status line: an
        // edit that left the syscall's verdict alone, or a save, changes
        // nothing on it.
        const bool statusKept = change.kind == DocumentChange::Kind::FileState
            || (change.kind == DocumentChange::Kind::Edited && !change.everyRow
                && !change.verdictsChanged.contains(m_syscall));
        if (statusKept && m_subject == Subject::Syscall && !m_syscall.isEmpty()) {
            return;
        }
        m_refresh.request();
    });
    refresh();
}

void ExplainPanel::showSyscall(const QString &name)
{
    m_subject = Subject::Syscall;
    m_syscall = name;
    m_refresh.request();
}

void ExplainPanel::showCapability(const QString &name)
{
    m_subject = Subject::Capability;
    m_capability = name;
    m_refresh.request();
}

void ExplainPanel::showFinding(const Diagnostic &finding)
{
    m_subject = Subject::Finding;
    m_finding = finding;
    m_refresh.request();
}

void ExplainPanel::showPage(const QString &html)
{
    // The panel is rebuilt on every edit; laying out the same page again
    // would cost a few milliseconds for nothing.
    if (html != m_html) {
        m_html = html;
        setHtml(html);
    }
}

void ExplainPanel::refresh()
{
    m_refresh.done();
    const Catalog &catalog = Catalog::instance();
    const QString pageLink = tr("<p><a href=\"sysfence:seccomp-vs-capabilities#%1\">Seccomp vs Capabilities</a>: how the "
                                "two mechanisms combine.</p>");
    auto links = [](const QStringList &names, const QString &scheme) {
        QStringList out;
        for (const QString &n : names) {
            out << QStringLiteral("<a href=\"%1:%2\">%2</a>").arg(scheme, n.toHtmlEscaped());
        }
        return out.join(QLatin1String(", "));
    };
    if (m_subject != Subject::Syscall || m_syscall.isEmpty()) {
        m_pageWithoutStatus.clear();
    }
    if (m_subject == Subject::Capability) {
        const CapabilityInfo *cap = catalog.capability(m_capability);
        if (!cap) {
            return;
        }
        QString html = QStringLiteral("<h3>%1</h3><p>%2</p>").arg(cap->name, cap->summary.text().toHtmlEscaped());
        html += QStringLiteral("<p>%1</p>").arg(cap->details.text().toHtmlEscaped());
        html += QStringLiteral("<p><b>%1</b> %2</p>")
                    .arg(tr("Docker:"), cap->dockerDefault ? tr("granted by default.")
                                                           : tr("not granted unless --cap-add %1.").arg(cap->name.mid(4)));
        const QStringList gated = CapabilityAnalyzer::syscallsFor(cap->name);
        if (!gated.isEmpty()) {
            html += QStringLiteral("<p><b>%1</b> %2</p>").arg(tr("The kernel checks it in:"), links(gated, QStringLiteral("syscall")));
        }
        const QStringList unlocked = CapabilityAnalyzer::unlockedBy(m_document->profile(), m_document->target(), cap->name);
        html += QStringLiteral("<p><b>%1</b> %2</p>")
                    .arg(tr("In this profile it unlocks:"),
                         unlocked.isEmpty() ? tr("nothing") : links(unlocked, QStringLiteral("syscall")));
        html += pageLink.arg(cap->name);
        showPage(html);
        return;
    }
    if (m_subject == Subject::Finding) {
        QString html = QStringLiteral("<h3>%1</h3><p>%2</p>").arg(m_finding.code, m_finding.message.toHtmlEscaped());
        if (!m_finding.syscalls.isEmpty()) {
            html += QStringLiteral("<p><b>%1</b> %2</p>").arg(tr("Syscalls:"), links(m_finding.syscalls, QStringLiteral("syscall")));
        }
        if (!m_finding.capabilities.isEmpty()) {
            html += QStringLiteral("<p><b>%1</b> %2</p>")
                        .arg(tr("Capabilities:"), links(m_finding.capabilities, QStringLiteral("capability")));
        }
        if (!m_finding.explanation.isEmpty()) {
            html += QStringLiteral("<h4>%1</h4><p>%2</p>").arg(tr("Why"), m_finding.explanation.toHtmlEscaped());
        }
        if (Document::isFinding(m_finding)) {
            html += pageLink.arg(m_finding.capabilities.value(0));
        }
        showPage(html);
        return;
    }
    if (m_syscall.isEmpty()) {
        showPage(tr("<p>Select a syscall to see what it does, why it is risky and what Docker does with it.</p>"));
        return;
    }
    const SyscallInfo info = catalog.syscall(m_syscall);
    const RiskGroup *group = catalog.group(info.group);
    const SyscallVerdict verdict = m_document->verdicts().value(m_syscall);
    QString html = QStringLiteral("<h3>%1</h3><p>%2</p>").arg(m_syscall.toHtmlEscaped(), info.summary.text().toHtmlEscaped());
    // What this profile does, next to what Docker's default does, above the
    // facts: the one line an edit changes is a paragraph of its own, so an
    // edit lays out that paragraph again and not the table.
    const QString status = m_document->effective().seccompDisabled ? tr("no filter (privileged)") : verdict.summary();
    auto line = [&html](const QString &label, const QString &value) {
        html += QStringLiteral("<p><b>%1</b> %2</p>").arg(label.toHtmlEscaped(), value.toHtmlEscaped());
    };
    const qsizetype statusAt = html.size();
    line(statusLabel(), status);
    const qsizetype statusEnd = html.size();
    line(tr("Docker's default:"), info.dockerDispositionText());
    html += QStringLiteral("<table cellspacing='4'>");
    auto row = [&html](const QString &label, const QString &value) {
        html += QStringLiteral("<tr><td><b>%1</b></td><td>%2</td></tr>").arg(label.toHtmlEscaped(), value.toHtmlEscaped());
    };
    row(tr("Group"), group ? group->name.text() : info.group);
    row(tr("Risk"), RiskLevels::displayName(info.risk));
    html += QStringLiteral("<tr><td><b>%1</b></td><td>%2</td></tr>")
                .arg(tr("Capability checked"), info.capability.isEmpty() ? tr("none")
                                                                         : links({info.capability}, QStringLiteral("capability")));
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
    // Related: the same group's riskiest members.
    QStringList related;
    for (const QString &n : catalog.syscallsInGroup(info.group)) {
        if (n != m_syscall && catalog.syscall(n).risk >= RiskLevel::Medium) {
            related << n;
        }
    }
    if (!related.isEmpty()) {
        html += QStringLiteral("<p><b>%1</b> %2</p>").arg(tr("Related:"), links(related.mid(0, 10), QStringLiteral("syscall")));
    }
    if (!info.capability.isEmpty()) {
        html += pageLink.arg(info.capability);
    }
    // An edit changes at most what the profile does with the syscall: put
    // that one cell in, instead of laying out the whole page again.
    const QString rest = html.left(statusAt) + html.mid(statusEnd);
    if (m_html != html && rest == m_pageWithoutStatus && replaceStatus(status)) {
        m_html = html;
        return;
    }
    m_pageWithoutStatus = rest;
    showPage(html);
}

QString ExplainPanel::statusLabel()
{
    return tr("This profile:");
}

bool ExplainPanel::replaceStatus(const QString &status)
{
    const QString label = statusLabel();
    for (QTextBlock block = document()->begin(); block.isValid(); block = block.next()) {
        const QString text = block.text();
        if (!text.startsWith(label) || text.size() <= label.size() + 1) {
            continue;
        }
        // After the bold label and its space, in the status text's own format.
        const int from = block.position() + static_cast<int>(label.size()) + 1;
        QTextCursor cursor(block);
        cursor.setPosition(from + 1);
        const QTextCharFormat format = cursor.charFormat();
        cursor.setPosition(from);
        cursor.setPosition(block.position() + block.length() - 1, QTextCursor::KeepAnchor);
        // The text view would repaint all it shows from the changed
        // paragraph down (most of the panel: 0.6 of the 9.7 million
        // instructions of an edit of the selected syscall); while the
        // paragraph keeps its height, only it can look different.
        QAbstractTextDocumentLayout *layout = document()->documentLayout();
        const QRectF before = layout->blockBoundingRect(block);
        viewport()->setAttribute(Qt::WA_UpdatesDisabled, true);
        cursor.insertText(status, format);
        viewport()->setAttribute(Qt::WA_UpdatesDisabled, false);
        const QRectF after = layout->blockBoundingRect(block);
        if (after.top() == before.top() && after.height() == before.height()) {
            const QPoint scrolled(horizontalScrollBar()->value(), verticalScrollBar()->value());
            viewport()->update(after.toAlignedRect().translated(-scrolled).adjusted(-1, -1, 1, 1));
        } else {
            viewport()->update();
        }
        return true;
    }
    return false;
}

} // namespace Sysfence
