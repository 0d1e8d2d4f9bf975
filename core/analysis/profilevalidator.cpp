#include "profilevalidator.h"

#include "format/jsonpointer.h"
#include "format/namesuggester.h"
#include "profile/profilesources.h"

#include "seccomp/syscallresolver.h"

#include <QHash>
#include <QMap>

namespace Sysfence {

namespace {
struct Place {
    qsizetype rule = -1;
    qsizetype nameIndex = -1;
};

// `source` is the rule's JSON object.
JsonValue nameValue(const JsonValue &source, qsizetype nameIndex)
{
    const JsonValue names = source.value(u"names");
    if (names.isArray() && static_cast<size_t>(nameIndex) < names.items().size()) {
        return names.items()[static_cast<size_t>(nameIndex)];
    }
    const JsonValue name = source.value(u"name");
    return name.isValid() ? name : source;
}

JsonPointer namePointer(const JsonValue &source, qsizetype ruleIndex, qsizetype nameIndex)
{
    const JsonPointer at = JsonPointer().append(QStringLiteral("syscalls")).append(ruleIndex);
    if (source.contains(u"names")) {
        return at.child(QStringLiteral("names")).child(nameIndex);
    }
    return at.child(QStringLiteral("name"));
}
} // namespace

Diagnostics ProfileValidator::validate(
    const Profile &profile, const QByteArray &text, const QString &fileName, const Options &options)
{
    Diagnostics out;
    const TextPositions own = options.positions ? TextPositions() : TextPositions(text);
    const TextPositions &positions = options.positions ? *options.positions : own;
    const ProfileSources sources(profile, options.sourceRoot, options.sourceShifts);
    struct Omitted {
        int count = 0;
        Diagnostic first; // where the first one left out would have been
    };
    QHash<QString, int> perCode;
    QMap<QString, Omitted> omitted;
    // Whether another diagnostic with `code` is still listed; counts it otherwise.
    auto listed = [&](const QString &code) { return ++perCode[code] <= MaxPerCode; };
    auto add = [&](Diagnostic::Severity severity, const QString &code, const QString &message,
                   qsizetype ruleIndex, qsizetype nameIndex, const QString &syscall) {
        const JsonValue &source = sources.rule(ruleIndex);
        if (perCode.value(code) > MaxPerCode) {
            Omitted &o = omitted[code];
            if (o.count++ == 0) {
                o.first.severity = severity;
                o.first.pointer = namePointer(source, ruleIndex, nameIndex).toString();
                o.first.offset = sources.offset(ruleIndex, nameValue(source, nameIndex));
            }
            return;
        }
        Diagnostic d;
        d.severity = severity;
        d.code = code;
        d.message = message;
        d.file = fileName;
        d.pointer = namePointer(source, ruleIndex, nameIndex).toString();
        d.offset = sources.offset(ruleIndex, nameValue(source, nameIndex));
        const TextPositions::Position pos = positions.position(d.offset);
        d.line = pos.line;
        d.column = pos.column;
        d.syscalls = QStringList {syscall};
        out.append(d);
    };

    const bool archSupported = SyscallResolver::supportsArchitecture(options.architecture);
    // A big profile names the same few hundred syscalls over and over, and
    // an editor validates it after every edit: resolve each name, and look
    // for a suggestion for an unknown one, once per thread (what libseccomp
    // knows never changes while running).
    thread_local QString knownArchitecture;
    thread_local QHash<QString, bool> known;
    thread_local QHash<QString, QString> hints;
    if (knownArchitecture != options.architecture || known.size() >= 10000) {
        knownArchitecture = options.architecture;
        known.clear();
    }
    auto isKnown = [&](const QString &name) {
        auto it = known.constFind(name);
        if (it == known.constEnd()) {
            it = known.insert(name, SyscallResolver::number(options.architecture, name).has_value());
        }
        return *it;
    };
    auto hintFor = [&](const QString &name) {
        auto it = hints.constFind(name);
        if (it == hints.constEnd()) {
            if (hints.size() >= 10000) {
                hints.clear();
            }
            it = hints.insert(name, NameSuggester::closest(name, SyscallResolver::knownNames()));
        }
        return *it;
    };
    QHash<QString, Place> unconditional;
    for (qsizetype r = 0; r < profile.rules.size(); ++r) {
        const Rule &rule = profile.rules.at(r);
        for (qsizetype n = 0; n < rule.names.size(); ++n) {
            const QString &name = rule.names.at(n);
            if (name.isEmpty()) {
                continue;
            }
            if (archSupported && !isKnown(name)) {
                if (!listed(QStringLiteral("unknown-syscall"))) {
                    // Only counted: no suggestion is looked for.
                    add(Diagnostic::Severity::Warning, QStringLiteral("unknown-syscall"), {}, r, n, name);
                } else {
                    const QString hint = hintFor(name);
                    const QString version = SyscallResolver::libseccompVersion();
                    add(Diagnostic::Severity::Warning, QStringLiteral("unknown-syscall"),
                        hint.isEmpty()
                            ? tr("libseccomp %1 does not know the syscall “%2”; runc built with it silently "
                                 "drops the name.")
                                  .arg(version, name)
                            : tr("libseccomp %1 does not know the syscall “%2” — did you mean “%3”? runc built "
                                 "with it silently drops the name.")
                                  .arg(version, name, hint),
                        r, n, name);
                }
            }
            if (!rule.isUnconditional() || !rule.action) {
                continue;
            }
            const auto it = unconditional.constFind(name);
            if (it == unconditional.constEnd()) {
                unconditional.insert(name, {r, n});
                continue;
            }
            const Rule &first = profile.rules.at(it->rule);
            if (first.action != rule.action || first.errnoRet != rule.errnoRet) {
                listed(QStringLiteral("conflicting-actions"));
                add(Diagnostic::Severity::Error, QStringLiteral("conflicting-actions"),
                    tr("“%1” is set to %2 here and to %3 at %4; a syscall can have only one unconditional "
                       "action.")
                        .arg(name, Actions::name(*rule.action), Actions::name(*first.action),
                            namePointer(sources.rule(it->rule), it->rule, it->nameIndex).toString()),
                    r, n, name);
            } else {
                listed(QStringLiteral("duplicate-syscall"));
                add(Diagnostic::Severity::Warning, QStringLiteral("duplicate-syscall"),
                    tr("“%1” is already listed with the same action at %2.")
                        .arg(name, namePointer(sources.rule(it->rule), it->rule, it->nameIndex).toString()),
                    r, n, name);
            }
        }
    }
    for (auto it = omitted.begin(); it != omitted.end(); ++it) {
        Diagnostic d = it->first;
        d.code = QStringLiteral("too-many-diagnostics");
        d.message = tr("%1 more “%2” problems are not listed; only the first %3 are.")
                        .arg(it->count)
                        .arg(it.key())
                        .arg(MaxPerCode);
        d.file = fileName;
        const TextPositions::Position pos = positions.position(d.offset);
        d.line = pos.line;
        d.column = pos.column;
        out.append(d);
    }
    return out;
}

} // namespace Sysfence
