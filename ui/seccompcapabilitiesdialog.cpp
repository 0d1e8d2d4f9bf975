#include "seccompcapabilitiesdialog.h"

#include "document.h"

#include "analysis/capabilityanalyzer.h"
#include "catalog/catalog.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFile>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace Sysfence {

SeccompCapabilitiesDialog::SeccompCapabilitiesDialog(Document *document, QWidget *parent)
    : QDialog(parent)
    , m_document(document)
    , m_page(new QTextBrowser(this))
    , m_capability(new QComboBox(this))
    , m_result(new QLabel(this))
    , m_toggle(new QPushButton(this))
{
    setObjectName(QStringLiteral("seccompCapabilitiesDialog"));
    setWindowTitle(tr("Seccomp vs Capabilities"));
    m_capability->setObjectName(QStringLiteral("explorerCapability"));
    m_result->setObjectName(QStringLiteral("explorerResult"));
    m_toggle->setObjectName(QStringLiteral("explorerToggle"));
    m_page->setHtml(pageHtml());
    m_result->setWordWrap(true);
    m_result->setTextFormat(Qt::RichText);
    for (const CapabilityInfo &cap : Catalog::instance().capabilities()) {
        m_capability->addItem(cap.name, cap.name);
    }

    auto *explorer = new QGroupBox(tr("Try it on the open profile"), this);
    auto *row = new QHBoxLayout;
    row->addWidget(new QLabel(tr("Capability:"), explorer));
    row->addWidget(m_capability, 1);
    row->addWidget(m_toggle);
    auto *explorerLayout = new QVBoxLayout(explorer);
    explorerLayout->addLayout(row);
    explorerLayout->addWidget(m_result);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_page, 1);
    layout->addWidget(explorer);
    layout->addWidget(buttons);
    resize(820, 760);

    connect(m_capability, &QComboBox::currentIndexChanged, this, &SeccompCapabilitiesDialog::refresh);
    connect(m_toggle, &QPushButton::clicked, this, [this] {
        Target t = m_document->target();
        const QString cap = m_capability->currentData().toString();
        if (t.capabilities.contains(cap)) {
            t.capabilities.remove(cap);
        } else {
            t.capabilities.insert(cap);
        }
        m_document->setTarget(t);
    });
    connect(m_document, &Document::changed, this, &SeccompCapabilitiesDialog::refresh);
    setCapability(QStringLiteral("CAP_SYS_ADMIN"));
}

QString SeccompCapabilitiesDialog::pageHtml()
{
    const bool chinese = QLocale().language() == QLocale::Chinese;
    QFile f(chinese ? QStringLiteral(":/explain/seccomp-vs-capabilities.zh_CN.html")
                    : QStringLiteral(":/explain/seccomp-vs-capabilities.en.html"));
    return f.open(QIODevice::ReadOnly) ? QString::fromUtf8(f.readAll()) : QString();
}

void SeccompCapabilitiesDialog::setCapability(const QString &capability)
{
    m_capability->setCurrentIndex(std::max(0, m_capability->findData(capability)));
    refresh();
}

void SeccompCapabilitiesDialog::refresh()
{
    const QString cap = m_capability->currentData().toString();
    const Target &t = m_document->target();
    const bool granted = t.capabilities.contains(cap);
    m_toggle->setText(granted ? tr("Drop %1").arg(cap) : tr("Add %1").arg(cap));
    if (t.privileged) {
        m_result->setText(tr("The target is --privileged: there is no seccomp filter, so capabilities decide alone."));
        return;
    }
    const QStringList unlocked = CapabilityAnalyzer::unlockedBy(m_document->profile(), t, cap);
    QString text = unlocked.isEmpty()
        ? tr("Adding or dropping %1 changes nothing in this profile's rules.").arg(cap)
        : (granted ? tr("With %1 granted (as now), the profile allows: <b>%2</b>. Dropping it blocks them again.")
                   : tr("Granting %1 would make the profile allow: <b>%2</b>."))
              .arg(cap, unlocked.join(QLatin1String(", ")));
    const QStringList gated = CapabilityAnalyzer::syscallsFor(cap);
    if (!gated.isEmpty()) {
        text += QStringLiteral("<br>") + tr("The kernel checks %1 in: %2.").arg(cap, gated.join(QLatin1String(", ")));
    }
    m_result->setText(text);
}

} // namespace Sysfence
