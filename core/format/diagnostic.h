#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace Sysfence {

// One problem found in a profile: where it is, how bad it is, and what to do.
struct Diagnostic {
    enum class Severity : quint8 { Error, Warning, Info };

    Severity severity = Severity::Error;
    QString code; // stable, kebab-case, e.g. "unknown-action"
    QString message; // one translated sentence
    QString pointer; // RFC 6901 JSON pointer, e.g. "/syscalls/3/action"
    QString file;
    int line = 0; // 1-based; 0 when the problem has no place in the text
    int column = 0; // 1-based, in characters
    qint64 offset = -1;
    QStringList syscalls;
    QStringList capabilities;
    QString explanation; // the longer "why", for findings that teach

    static QString severityName(Severity severity);
    bool isError() const { return severity == Severity::Error; }
};

using Diagnostics = QList<Diagnostic>;

bool hasErrors(const Diagnostics &diagnostics);

} // namespace Sysfence
