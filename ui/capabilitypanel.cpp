#include "capabilitypanel.h"

#include "document.h"

#include "catalog/catalog.h"
#include "trace/commandline.h"
#include "profile/architecture.h"

#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QComboBox>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QRegularExpressionValidator>
#include <QVBoxLayout>

namespace Sysfence {

CapabilityPanel::CapabilityPanel(Document *document, QWidget *parent)
    : QWidget(parent)
    , m_document(document)
    , m_capabilities(new QListWidget(this))
    , m_privileged(new QCheckBox(tr("--privileged (no seccomp at all)"), this))
    , m_arch(new QComboBox(this))
    , m_kernel(new QLineEdit(this))
    , m_flags(new QLineEdit(this))
{
    setObjectName(QStringLiteral("capabilityPanel"));
    m_capabilities->setObjectName(QStringLiteral("capabilityList"));
    m_privileged->setObjectName(QStringLiteral("privilegedCheck"));
    m_arch->setObjectName(QStringLiteral("archCombo"));
    m_kernel->setObjectName(QStringLiteral("kernelEdit"));
    m_flags->setObjectName(QStringLiteral("dockerRunFlags"));

    for (const CapabilityInfo &cap : Catalog::instance().capabilities()) {
        auto *item = new QListWidgetItem(cap.name, m_capabilities);
        item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
        item->setCheckState(Qt::Unchecked);
        item->setToolTip(cap.summary.text());
        item->setData(Qt::UserRole, cap.name);
        if (cap.dockerDefault) {
            QFont font = item->font();
            font.setItalic(true);
            item->setFont(font);
        }
    }
    for (const QString &arch : {QStringLiteral("SCMP_ARCH_X86_64"), QStringLiteral("SCMP_ARCH_AARCH64"),
                                QStringLiteral("SCMP_ARCH_ARM"), QStringLiteral("SCMP_ARCH_X86"),
                                QStringLiteral("SCMP_ARCH_RISCV64"), QStringLiteral("SCMP_ARCH_S390X"),
                                QStringLiteral("SCMP_ARCH_PPC64LE"), QStringLiteral("SCMP_ARCH_MIPS64"),
                                QStringLiteral("SCMP_ARCH_LOONGARCH64")}) {
        m_arch->addItem(Architectures::goName(arch), arch);
    }
    m_kernel->setValidator(new QRegularExpressionValidator(QRegularExpression(QStringLiteral("\\d{1,2}\\.\\d{1,3}")), m_kernel));
    m_kernel->setPlaceholderText(QStringLiteral("6.8"));
    m_flags->setReadOnly(true);

    auto *reset = new QPushButton(tr("Docker Defaults"), this);
    reset->setObjectName(QStringLiteral("resetCapabilities"));
    reset->setToolTip(tr("The 14 capabilities Docker grants every container"));
    auto *none = new QPushButton(tr("None"), this);
    auto *copy = new QPushButton(QIcon::fromTheme(QStringLiteral("edit-copy")), tr("Copy"), this);
    copy->setToolTip(tr("Copy the docker run flags"));

    auto *form = new QFormLayout;
    form->addRow(tr("Architecture:"), m_arch);
    form->addRow(tr("Kernel:"), m_kernel);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(reset);
    buttons->addWidget(none);
    buttons->addStretch();
    auto *flagsRow = new QHBoxLayout;
    flagsRow->addWidget(m_flags, 1);
    flagsRow->addWidget(copy);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_privileged);
    layout->addLayout(form);
    layout->addWidget(new QLabel(tr("Capabilities (italic: Docker's defaults):"), this));
    layout->addWidget(m_capabilities, 1);
    layout->addLayout(buttons);
    layout->addWidget(new QLabel(tr("Equivalent docker run flags:"), this));
    layout->addLayout(flagsRow);

    connect(m_capabilities, &QListWidget::itemChanged, this, &CapabilityPanel::applyTarget);
    connect(m_capabilities, &QListWidget::currentItemChanged, this, [this](QListWidgetItem *item) {
        if (item) {
            emit capabilitySelected(item->data(Qt::UserRole).toString());
        }
    });
    connect(m_privileged, &QCheckBox::toggled, this, &CapabilityPanel::applyTarget);
    connect(m_arch, &QComboBox::currentIndexChanged, this, &CapabilityPanel::applyTarget);
    connect(m_kernel, &QLineEdit::editingFinished, this, &CapabilityPanel::applyTarget);
    connect(reset, &QPushButton::clicked, this, &CapabilityPanel::resetToDocker);
    connect(none, &QPushButton::clicked, this, [this] {
        Target t = m_document->target();
        t.capabilities.clear();
        m_document->setTarget(t);
    });
    connect(copy, &QPushButton::clicked, this, [this] { QApplication::clipboard()->setText(m_flags->text()); });
    connect(m_document, &Document::changed, this, [this](const DocumentChange &change) {
        // What the panel shows is the target and the file's name, not the profile.
        if (change.kind != DocumentChange::Kind::Edited) {
            targetChanged();
        }
    });
    targetChanged();
}

void CapabilityPanel::targetChanged()
{
    m_updating = true;
    const Target &t = m_document->target();
    for (int i = 0; i < m_capabilities->count(); ++i) {
        QListWidgetItem *item = m_capabilities->item(i);
        item->setCheckState(t.capabilities.contains(item->data(Qt::UserRole).toString()) ? Qt::Checked : Qt::Unchecked);
    }
    m_capabilities->setEnabled(!t.privileged);
    m_privileged->setChecked(t.privileged);
    m_arch->setCurrentIndex(std::max(0, m_arch->findData(t.architecture)));
    if (!m_kernel->hasFocus()) {
        m_kernel->setText(t.kernelText());
    }
    m_flags->setText(dockerRunFlags(*m_document));
    m_flags->setCursorPosition(0);
    m_updating = false;
}

void CapabilityPanel::applyTarget()
{
    if (m_updating) {
        return;
    }
    Target t = m_document->target();
    t.capabilities.clear();
    for (int i = 0; i < m_capabilities->count(); ++i) {
        if (m_capabilities->item(i)->checkState() == Qt::Checked) {
            t.capabilities.insert(m_capabilities->item(i)->data(Qt::UserRole).toString());
        }
    }
    if (m_privileged->isChecked() && !t.privileged) {
        const QStringList all = Catalog::instance().capabilityNames();
        t.capabilities = QSet<QString>(all.cbegin(), all.cend()); // as Docker grants them
    } else if (!m_privileged->isChecked() && t.privileged) {
        const QStringList docker = Catalog::instance().dockerDefaultCapabilities();
        t.capabilities = QSet<QString>(docker.cbegin(), docker.cend());
    }
    t.privileged = m_privileged->isChecked();
    t.architecture = m_arch->currentData().toString();
    const QStringList kernel = m_kernel->text().split(QLatin1Char('.'));
    if (kernel.size() == 2) {
        t.kernelMajor = kernel.at(0).toInt();
        t.kernelMinor = kernel.at(1).toInt();
    }
    m_document->setTarget(t);
}

void CapabilityPanel::resetToDocker()
{
    Target t = m_document->target();
    const Target docker = Target::dockerDefault();
    t.capabilities = docker.capabilities;
    t.privileged = false;
    m_document->setTarget(t);
}

QString CapabilityPanel::dockerRunFlags(const Document &document)
{
    const Target &t = document.target();
    QStringList flags;
    if (t.privileged) {
        flags << QStringLiteral("--privileged");
    } else {
        const QStringList docker = Catalog::instance().dockerDefaultCapabilities();
        for (const QString &cap : t.sortedCapabilities()) {
            if (!docker.contains(cap)) {
                flags << QStringLiteral("--cap-add %1").arg(cap.mid(4));
            }
        }
        for (const QString &cap : docker) {
            if (!t.capabilities.contains(cap)) {
                flags << QStringLiteral("--cap-drop %1").arg(cap.mid(4));
            }
        }
    }
    const QString file = document.filePath().isEmpty() ? QStringLiteral("profile.json")
                                                       : QFileInfo(document.filePath()).fileName();
    flags << QStringLiteral("--security-opt seccomp=%1").arg(file);
    if (t.architecture != QLatin1String("SCMP_ARCH_X86_64")) {
        flags << QStringLiteral("--platform linux/%1").arg(t.goArchitecture());
    }
    return flags.join(QLatin1Char(' '));
}

QString CapabilityPanel::dockerRunCommand(const Document &document)
{
    QString flags = dockerRunFlags(document);
    const QString file = document.filePath().isEmpty() ? QStringLiteral("profile.json")
                                                       : QFileInfo(document.filePath()).fileName();
    const QString path = document.filePath().isEmpty() ? file : QFileInfo(document.filePath()).absoluteFilePath();
    flags.replace(QStringLiteral("seccomp=%1").arg(file),
                  CommandLine::join({QStringLiteral("seccomp=%1").arg(path)}));
    return QStringLiteral("docker run %1 IMAGE").arg(flags);
}

} // namespace Sysfence
