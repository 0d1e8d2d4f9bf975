#include "profilevalidator.h"

#include "format/namesuggester.h"
#include "profile/profilesources.h"
#include "rulechecks.h"
#include "syscallview.h"

#include "seccomp/syscallresolver.h"

#include <QHash>
#include <QStringBuilder>

#include <algorithm>
#include <tuple>
#include <vector>

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

// "/syscalls/R/names/N" (or "/syscalls/R/name"), written out directly: the
// keys need no escaping, and an editor makes a hundred of these per edit.
QString namePointer(const JsonValue &source, qsizetype ruleIndex, qsizetype nameIndex)
{
    if (source.contains(u"names")) {
        return u"/syscalls/" % QString::number(ruleIndex) % u"/names/" % QString::number(nameIndex);
    }
    return u"/syscalls/" % QString::number(ruleIndex) % u"/name";
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
    // The codes found here, in the order their "too many" notes are listed.
    enum Code { ConflictingActions, DuplicateSyscall, UnknownSyscall, CodeCount };
    static const QString codeNames[CodeCount] = {QStringLiteral("conflicting-actions"),
                                                 QStringLiteral("duplicate-syscall"),
                                                 QStringLiteral("unknown-syscall")};
    int perCode[CodeCount] = {};
    Omitted omitted[CodeCount];
    // Whether another diagnostic with `code` is still listed; counts it otherwise.
    auto listed = [&](Code code) { return ++perCode[code] <= MaxPerCode; };
    auto add = [&](Diagnostic::Severity severity, Code code, const QString &message,
                   qsizetype ruleIndex, qsizetype nameIndex, const QString &syscall) {
        const JsonValue &source = sources.rule(ruleIndex);
        if (perCode[code] > MaxPerCode) {
            Omitted &o = omitted[code];
            if (o.count++ == 0) {
                o.first.severity = severity;
                o.first.pointer = namePointer(source, ruleIndex, nameIndex);
                o.first.offset = sources.offset(ruleIndex, nameValue(source, nameIndex));
            }
            return;
        }
        Diagnostic d;
        d.severity = severity;
        d.code = codeNames[code];
        d.message = message;
        d.file = fileName;
        d.pointer = namePointer(source, ruleIndex, nameIndex);
        d.offset = sources.offset(ruleIndex, nameValue(source, nameIndex));
        const TextPositions::Position pos = positions.position(d.offset);
        d.line = pos.line;
        d.column = pos.column;
        d.syscalls = QStringList {syscall};
        out.append(d);
    };

    // The message for an unknown name, kept per thread: an editor validates
    // after every edit and a big profile has the same unknown names each
    // time. A new libseccomp or translation starts anew.
    const QString version = SyscallResolver::libseccompVersion();
    const QString unknownText = tr("libseccomp %1 does not know the syscall “%2”; runc built with it silently "
                                   "drops the name.");
    const QString unknownHintText = tr("libseccomp %1 does not know the syscall “%2” — did you mean “%3”? runc "
                                       "built with it silently drops the name.");
    thread_local QHash<QString, QString> messages;
    thread_local QString messagesKey;
    const QString key = version + u'\n' + unknownText + u'\n' + unknownHintText;
    if (messagesKey != key || messages.size() >= 10000) {
        messages.clear();
        messagesKey = key;
    }
    auto unknownMessage = [&](const QString &name) {
        auto it = messages.constFind(name);
        if (it == messages.constEnd()) {
            const QString hint = NameSuggester::closest(name, SyscallResolver::knownNames());
            it = messages.insert(name, hint.isEmpty() ? unknownText.arg(version, name)
                                                      : unknownHintText.arg(version, name, hint));
        }
        return *it;
    };
    auto unknownAt = [&](qsizetype r, qsizetype n, const QString &name) {
        if (!listed(UnknownSyscall)) {
            // Only counted: no message is made.
            add(Diagnostic::Severity::Warning, UnknownSyscall, {}, r, n, name);
        } else {
            add(Diagnostic::Severity::Warning, UnknownSyscall, unknownMessage(name), r, n, name);
        }
    };
    // `name`, at (r, n), is already unconditional at (firstRule, firstName).
    auto repeatedAt = [&](qsizetype r, qsizetype n, const QString &name, qsizetype firstRule, qsizetype firstName) {
        const Rule &rule = profile.rules.at(r);
        const Rule &first = profile.rules.at(firstRule);
        if (first.action != rule.action || first.errnoRet != rule.errnoRet) {
            listed(ConflictingActions);
            add(Diagnostic::Severity::Error, ConflictingActions,
                tr("“%1” is set to %2 here and to %3 at %4; a syscall can have only one unconditional "
                   "action.")
                    .arg(name, Actions::name(*rule.action), Actions::name(*first.action),
                         namePointer(sources.rule(firstRule), firstRule, firstName)),
                r, n, name);
        } else {
            listed(DuplicateSyscall);
            add(Diagnostic::Severity::Warning, DuplicateSyscall,
                tr("“%1” is already listed with the same action at %2.")
                    .arg(name, namePointer(sources.rule(firstRule), firstRule, firstName)),
                r, n, name);
        }
    };
    const bool cached = options.checks && options.checks->covers(profile.rules.size(), options.architecture);
    if (cached && options.view) {
        // From what the caller keeps: the unknown names each rule has, and
        // the syscalls with more than one unconditional place. Put in the
        // order a pass over the rules finds them, which decides what is
        // listed and what only counted.
        struct Finding {
            qsizetype rule;
            qsizetype name;
            qsizetype firstRule = -1; // -1: an unknown name; else a repeat of this place
            qsizetype firstName = -1;
        };
        std::vector<Finding> findings;
        for (qsizetype r = 0; r < profile.rules.size(); ++r) {
            for (const qsizetype n : options.checks->at(r).unknownNames) {
                findings.push_back({r, n});
            }
        }
        for (const SyscallView::Entry &entry : options.view->entries()) {
            if (entry.name.isEmpty()) {
                continue;
            }
            qsizetype places = 0;
            qsizetype only = -1;
            for (const qsizetype r : entry.unconditionalRules) {
                if (options.checks->at(r).unconditional) {
                    ++places;
                    only = r;
                }
            }
            if (places == 0 || (places == 1 && !options.checks->at(only).repeatsNames)) {
                continue;
            }
            qsizetype firstRule = -1;
            qsizetype firstName = -1;
            for (const qsizetype r : entry.unconditionalRules) {
                if (!options.checks->at(r).unconditional) {
                    continue;
                }
                const QStringList &ruleNames = profile.rules.at(r).names;
                for (qsizetype n = 0; n < ruleNames.size(); ++n) {
                    if (ruleNames.at(n) != entry.name) {
                        continue;
                    }
                    if (firstRule < 0) {
                        firstRule = r;
                        firstName = n;
                    } else {
                        findings.push_back({r, n, firstRule, firstName});
                    }
                }
            }
        }
        std::sort(findings.begin(), findings.end(), [](const Finding &x, const Finding &y) {
            return std::tie(x.rule, x.name, x.firstRule) < std::tie(y.rule, y.name, y.firstRule);
        });
        for (const Finding &f : findings) {
            const QString &name = profile.rules.at(f.rule).names.at(f.name);
            if (f.firstRule < 0) {
                unknownAt(f.rule, f.name, name);
            } else {
                repeatedAt(f.rule, f.name, name, f.firstRule, f.firstName);
            }
        }
    } else {
        RuleChecks::Check computed;
        RuleChecks::Names names(options.architecture);
        QHash<QString, Place> unconditional;
        for (qsizetype r = 0; r < profile.rules.size(); ++r) {
            if (!cached) {
                computed = RuleChecks::check(profile.rules.at(r), names);
            }
            const RuleChecks::Check &check = cached ? options.checks->at(r) : computed;
            if (check.unknownNames.isEmpty() && !check.unconditional) {
                continue; // the rule itself is not read
            }
            const Rule &rule = profile.rules.at(r);
            auto unknown = check.unknownNames.cbegin();
            for (qsizetype n = 0; n < rule.names.size(); ++n) {
                const QString &name = rule.names.at(n);
                if (name.isEmpty()) {
                    continue;
                }
                if (unknown != check.unknownNames.cend() && *unknown == n) {
                    ++unknown;
                    unknownAt(r, n, name);
                }
                if (!check.unconditional) {
                    continue;
                }
                const auto it = unconditional.constFind(name);
                if (it == unconditional.constEnd()) {
                    unconditional.insert(name, {r, n});
                } else {
                    repeatedAt(r, n, name, it->rule, it->nameIndex);
                }
            }
        }
    }
    for (int code = 0; code < CodeCount; ++code) {
        if (omitted[code].count == 0) {
            continue;
        }
        Diagnostic d = omitted[code].first;
        d.code = QStringLiteral("too-many-diagnostics");
        d.message = tr("%1 more “%2” problems are not listed; only the first %3 are.")
                        .arg(omitted[code].count)
                        .arg(codeNames[code])
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
