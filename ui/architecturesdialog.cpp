#include "architecturesdialog.h"

#include "profile/architecture.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QListWidget>
#include <QRadioButton>
#include <QVBoxLayout>

namespace Sysfence {

ArchitecturesDialog::ArchitecturesDialog(const Profile &profile, QWidget *parent)
    : QDialog(parent)
    , m_archMap(new QRadioButton(tr("Docker's architecture map: each native architecture with its 32-bit "
                                    "companions (recommended)"),
                                 this))
    , m_list(new QRadioButton(tr("An explicit list of architectures:"), this))
    , m_arches(new QListWidget(this))
{
    setObjectName(QStringLiteral("architecturesDialog"));
    setWindowTitle(tr("Architectures"));
    const QStringList current = profile.architectures;
    for (const QString &arch : Architectures::scmpNames()) {
        if (arch == QLatin1String("SCMP_ARCH_NATIVE")) {
            continue;
        }
        auto *item = new QListWidgetItem(QStringLiteral("%1 (%2)").arg(arch, Architectures::goName(arch)), m_arches);
        item->setData(Qt::UserRole, arch);
        item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
        item->setCheckState(current.contains(arch) ? Qt::Checked : Qt::Unchecked);
    }
    (profile.architectures.isEmpty() ? m_archMap : m_list)->setChecked(true);
    m_arches->setEnabled(m_list->isChecked());
    connect(m_list, &QRadioButton::toggled, m_arches, &QWidget::setEnabled);

    auto *note = new QLabel(tr("A syscall from an architecture the filter does not cover is killed: a 32-bit "
                               "program in a 64-bit container needs its architecture listed."),
                            this);
    note->setWordWrap(true);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_archMap);
    layout->addWidget(m_list);
    layout->addWidget(m_arches, 1);
    layout->addWidget(note);
    layout->addWidget(buttons);
    resize(520, 560);
}

bool ArchitecturesDialog::usesArchMap() const
{
    return m_archMap->isChecked();
}

QStringList ArchitecturesDialog::architectures() const
{
    QStringList list;
    for (int i = 0; i < m_arches->count(); ++i) {
        if (m_arches->item(i)->checkState() == Qt::Checked) {
            list.append(m_arches->item(i)->data(Qt::UserRole).toString());
        }
    }
    return list;
}

} // namespace Sysfence
