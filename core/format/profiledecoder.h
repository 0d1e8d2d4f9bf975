#pragma once

#include "diagnostic.h"
#include "jsonpointer.h"
#include "jsonvalue.h"
#include "textpositions.h"

#include "profile/profile.h"

#include <QCoreApplication>

namespace Sysfence {

// Turns a parsed JSON value into a Profile, reporting every field Docker
// would reject (or silently misread) as a diagnostic with its place.
// Without a diagnostics sink it decodes quietly; the writer uses that to tell
// which fields the user changed.
class ProfileDecoder final {
    Q_DECLARE_TR_FUNCTIONS(Sysfence::ProfileDecoder)

public:
    explicit ProfileDecoder(
        Diagnostics *sink = nullptr, const TextPositions *positions = nullptr, QString fileName = {});

    Profile profile(const JsonValue &root);
    Rule rule(const JsonValue &value, const JsonPointer &at);
    ArgCondition arg(const JsonValue &value, const JsonPointer &at);
    Filter filter(const JsonValue &value, const JsonPointer &at);
    ArchMapping archMapping(const JsonValue &value, const JsonPointer &at);

private:
    void report(Diagnostic::Severity severity, const QString &code, const QString &message, const JsonPointer &at,
        qint64 offset);
    void error(const QString &code, const QString &message, const JsonPointer &at, const JsonValue &value)
    {
        report(Diagnostic::Severity::Error, code, message, at, value.offset());
    }
    void warning(const QString &code, const QString &message, const JsonPointer &at, const JsonValue &value)
    {
        report(Diagnostic::Severity::Warning, code, message, at, value.offset());
    }

    bool expect(const JsonValue &value, JsonValue::Type type, const JsonPointer &at, const QString &key);
    std::optional<QString> string(const JsonValue &value, const JsonPointer &at, const QString &key);
    std::optional<quint64> unsignedNumber(
        const JsonValue &value, const JsonPointer &at, const QString &key, quint64 max);
    QStringList stringList(const JsonValue &value, const JsonPointer &at, const QString &key);
    std::optional<Action> action(const JsonValue &value, const JsonPointer &at, const QString &key);
    void unknownField(const JsonMember &member, const JsonPointer &at, const QStringList &known);
    QString suggestion(const QString &word, const QStringList &candidates) const;

    Diagnostics *m_sink;
    const TextPositions *m_positions;
    QString m_fileName;
};

} // namespace Sysfence
