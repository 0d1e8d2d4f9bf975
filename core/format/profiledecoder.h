#pragma once

#include "cleanrules.h"
#include "diagnostic.h"
#include "jsonpointer.h"
#include "jsonvalue.h"
#include "profileparse.h"
#include "textpositions.h"

#include "profile/profile.h"

#include <QCoreApplication>

#include <vector>

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

    // For a reader that wants only the diagnostics (an editor reading back
    // the text it wrote): rules `previous` knows to be clean (the same parsed
    // value, or the same text) are not decoded again, so the profile lacks
    // them. Every rule of this text that decodes cleanly goes into `next`,
    // which must be a CleanRules of the text and parse being decoded.
    // `splice` maps the elements of "syscalls" to those of the parse
    // `previous` was built for (ProfileParse::lastSplice); without one,
    // rules are known by their text.
    void setCleanRules(const CleanRules *previous, CleanRules *next, const ProfileParse::Splice *splice = nullptr)
    {
        m_previousClean = previous;
        m_nextClean = next;
        m_splice = splice && splice->valid ? splice : nullptr;
    }

    // For an editor's parse that keeps the values of rules that only moved
    // (see ProfileParse): how far the offsets in each rule are short.
    void setRuleShifts(const std::vector<qint64> *shifts) { m_ruleShifts = shifts; }

    Profile profile(const JsonValue &root);
    Rule rule(const JsonValue &value, const JsonPointer &at);
    ArgCondition arg(const JsonValue &value, const JsonPointer &at);
    Filter filter(const JsonValue &value, const JsonPointer &at, const QString &key);
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

    void rules(const JsonValue &array, const JsonPointer &at, RuleList *out);

    Diagnostics *m_sink;
    const CleanRules *m_previousClean = nullptr;
    CleanRules *m_nextClean = nullptr;
    const ProfileParse::Splice *m_splice = nullptr;
    const std::vector<qint64> *m_ruleShifts = nullptr;
    const std::vector<JsonValue> *m_shiftedRules = nullptr; // the rules m_ruleShifts is for
    qint64 m_shift = 0; // of the rule being decoded
    // The rules with SCMP_ACT_NOTIFY, as rules() found them in the array it was given.
    std::vector<size_t> m_notifyItems;
    const std::vector<JsonValue> *m_notifyItemsOf = nullptr;
    const TextPositions *m_positions;
    QString m_fileName;
};

} // namespace Sysfence
