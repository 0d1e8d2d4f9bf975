#pragma once

#include <QWidget>

class QCheckBox;
class QComboBox;
class QLineEdit;
class QListWidget;
class QListWidgetItem;

namespace Sysfence {

class Document;

// The container the profile is judged for (K1): the 41 capabilities with
// Docker's 14 defaults, --privileged, architecture and kernel. Every change
// re-evaluates the document at once. It also shows the equivalent
// `docker run` flags.
class CapabilityPanel final : public QWidget
{
    Q_OBJECT

public:
    explicit CapabilityPanel(Document *document, QWidget *parent = nullptr);

    // "--cap-add SYS_ADMIN --cap-drop NET_RAW --security-opt seccomp=profile.json"
    static QString dockerRunFlags(const Document &document);
    // "docker run --cap-add … --security-opt seccomp=/full/path.json IMAGE",
    // the path quoted for a shell when it needs it.
    static QString dockerRunCommand(const Document &document);

signals:
    void capabilitySelected(const QString &capability);

private:
    void targetChanged();
    void applyTarget();
    void resetToDocker();

    Document *m_document;
    QListWidget *m_capabilities;
    QCheckBox *m_privileged;
    QComboBox *m_arch;
    QLineEdit *m_kernel;
    QLineEdit *m_flags;
    bool m_updating = false;
};

} // namespace Sysfence
