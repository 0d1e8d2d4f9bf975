#pragma once

#include "profile/profile.h"

#include <QDialog>

class QListWidget;
class QRadioButton;

namespace Sysfence {

// Chooses the architectures a profile's filter covers: Docker's archMap
// (each native architecture with its sub-architectures), or an explicit
// `architectures` list. Docker refuses both at once, so it is one or the other.
class ArchitecturesDialog final : public QDialog
{
    Q_OBJECT

public:
    explicit ArchitecturesDialog(const Profile &profile, QWidget *parent = nullptr);

    bool usesArchMap() const;
    QStringList architectures() const;

private:
    QRadioButton *m_archMap;
    QRadioButton *m_list;
    QListWidget *m_arches;
};

} // namespace Sysfence
