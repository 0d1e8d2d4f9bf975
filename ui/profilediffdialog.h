#pragma once

#include "analysis/profilediff.h"

#include <QDialog>

class QCheckBox;
class QLabel;
class QTreeWidget;

namespace Sysfence {

class Document;

// Compares the open profile with Docker's default or any file (E6): per
// syscall, the final action before and after for the current target.
class ProfileDiffDialog final : public QDialog
{
    Q_OBJECT

public:
    explicit ProfileDiffDialog(Document *document, QWidget *parent = nullptr);

    void compareWithTemplate(const QString &templateId);
    bool compareWithFile(const QString &path);

private:
    void refresh();

    Document *m_document;
    Profile m_other;
    QString m_otherName;
    QLabel *m_header;
    QCheckBox *m_morePermissive;
    QCheckBox *m_lessPermissive;
    QTreeWidget *m_changes;
};

} // namespace Sysfence
