#include "profilediffdialog.h"

#include "document.h"

#include "catalog/profiletemplates.h"
#include "format/profilereader.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace Sysfence {

ProfileDiffDialog::ProfileDiffDialog(Document *document, QWidget *parent)
    : QDialog(parent)
    , m_document(document)
    , m_header(new QLabel(this))
    , m_morePermissive(new QCheckBox(tr("More permissive"), this))
    , m_lessPermissive(new QCheckBox(tr("Less permissive"), this))
    , m_changes(new QTreeWidget(this))
{
    setObjectName(QStringLiteral("profileDiffDialog"));
    setWindowTitle(tr("Compare Profiles"));
    m_changes->setObjectName(QStringLiteral("diffList"));
    m_header->setObjectName(QStringLiteral("diffHeader"));
    m_morePermissive->setChecked(true);
    m_lessPermissive->setChecked(true);
    m_changes->setHeaderLabels({tr("Syscall"), tr("Before"), tr("Now")});
    m_changes->setRootIsDecorated(false);
    m_changes->setSortingEnabled(true);
    m_changes->header()->resizeSection(0, 180);
    m_changes->header()->resizeSection(1, 300);

    auto *docker = new QPushButton(tr("Docker Default"), this);
    auto *file = new QPushButton(tr("Other File…"), this);
    connect(docker, &QPushButton::clicked, this, [this] { compareWithTemplate(QStringLiteral("docker-default")); });
    connect(file, &QPushButton::clicked, this, [this] {
        const QString path = QFileDialog::getOpenFileName(this, tr("Compare With"), QString(),
                                                          tr("Seccomp profiles (*.json);;All files (*)"));
        if (!path.isEmpty()) {
            compareWithFile(path);
        }
    });
    auto *top = new QHBoxLayout;
    top->addWidget(new QLabel(tr("Compare with:"), this));
    top->addWidget(docker);
    top->addWidget(file);
    top->addStretch();
    top->addWidget(m_morePermissive);
    top->addWidget(m_lessPermissive);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_header);
    layout->addWidget(m_changes, 1);
    layout->addWidget(buttons);
    resize(900, 600);

    connect(m_morePermissive, &QCheckBox::toggled, this, &ProfileDiffDialog::refresh);
    connect(m_lessPermissive, &QCheckBox::toggled, this, &ProfileDiffDialog::refresh);
    connect(m_document, &Document::changed, this, &ProfileDiffDialog::refresh);
    compareWithTemplate(QStringLiteral("docker-default"));
}

void ProfileDiffDialog::compareWithTemplate(const QString &templateId)
{
    m_other = ProfileTemplates::create(templateId).value_or(Profile());
    m_otherName = ProfileTemplates::title(templateId);
    refresh();
}

bool ProfileDiffDialog::compareWithFile(const QString &path)
{
    const ProfileReader::Result r = ProfileReader::readFile(path);
    if (!r.parsed) {
        m_header->setText(tr("%1 could not be read: %2").arg(path, r.diagnostics.value(0).message));
        return false;
    }
    m_other = r.profile;
    m_otherName = QFileInfo(path).fileName();
    refresh();
    return true;
}

void ProfileDiffDialog::refresh()
{
    const ProfileDiff diff = ProfileDiff::compare(m_other, m_document->profile(), m_document->target());
    int more = 0;
    int less = 0;
    m_changes->clear();
    for (const ProfileDiff::Change &c : diff.changes) {
        more += c.permissiveness > 0 ? 1 : 0;
        less += c.permissiveness < 0 ? 1 : 0;
        if ((c.permissiveness > 0 && !m_morePermissive->isChecked())
            || (c.permissiveness < 0 && !m_lessPermissive->isChecked())) {
            continue;
        }
        auto *item = new QTreeWidgetItem(m_changes, {c.name, c.before.summary(), c.after.summary()});
        const QColor color = c.permissiveness > 0 ? QColor(0xc6, 0x28, 0x28)
            : c.permissiveness < 0                ? QColor(0x2e, 0x7d, 0x32)
                                                  : palette().color(QPalette::Text);
        item->setForeground(2, color);
        item->setToolTip(2, c.permissiveness > 0 ? tr("Lets more through than before")
                            : c.permissiveness < 0 ? tr("Lets less through than before")
                                                   : tr("Different, neither more nor less permissive"));
    }
    QString header = tr("Against %1 for %2: %3 syscall(s) differ — %4 more permissive, %5 less permissive.")
                         .arg(m_otherName, m_document->target().goArchitecture())
                         .arg(diff.changes.size())
                         .arg(more)
                         .arg(less);
    if (diff.defaultBefore != diff.defaultAfter) {
        header += QLatin1Char(' ') + tr("Default action: %1 → %2.").arg(diff.defaultBefore, diff.defaultAfter);
    }
    m_header->setText(header);
}

} // namespace Sysfence
