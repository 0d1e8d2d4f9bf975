#pragma once

#include "format/diagnostic.h"

#include <QByteArray>
#include <QString>

namespace Sysfence {

// Prints diagnostics for people (compiler style) or for programs (JSON).
namespace DiagnosticReport {
// "FILE:LINE:COL: error: message [code]", one per line.
QString text(const Diagnostics &diagnostics);
// An array of {file, line, column, pointer, severity, code, message}.
QByteArray json(const Diagnostics &diagnostics);
// A SARIF 2.1.0 log with one run, for code-scanning tools.
QByteArray sarif(const Diagnostics &diagnostics, const QString &toolVersion);
} // namespace DiagnosticReport

} // namespace Sysfence
