#pragma once

#include "profile/profile.h"
#include "profile/rulechange.h"

#include <QHash>
#include <QList>
#include <QString>

#include <vector>

namespace Sysfence {

// What ProfileValidator reads of each rule on its own: the names libseccomp
// does not know for an architecture, and whether the rule is unconditional
// with an action (the rules whose names may clash). A document keeps them
// between edits and an edit checks only the rules it put in, so validating a
// big profile after an edit does not look every name up again.
class RuleChecks final
{
public:
    struct Check {
        QList<qsizetype> unknownNames; // indices into Rule::names, ascending
        bool unconditional = false;
        bool repeatsNames = false; // unconditional, and some name is listed twice
    };

    RuleChecks() = default;
    RuleChecks(const Profile &profile, const QString &architecture);

    // Follows `profile`, which is the profile these checks were made for
    // with `change` applied; without a known change (or for another
    // architecture) every rule is checked again. With `before` (that
    // profile), rules the change only moved keep their checks.
    void update(const Profile &profile, const RuleChange *change, const QString &architecture,
                const Profile *before = nullptr);

    // Whether these are the checks of a profile of `rules` rules for `architecture`.
    bool covers(qsizetype rules, const QString &architecture) const
    {
        return m_valid && m_architecture == architecture && static_cast<qsizetype>(m_checks.size()) == rules;
    }
    const Check &at(qsizetype rule) const { return m_checks[static_cast<size_t>(rule)]; }

    // Looks names up for one architecture; answers are kept per thread (a
    // big profile names the same few hundred syscalls over and over).
    class Names final
    {
    public:
        explicit Names(const QString &architecture);
        // Whether libseccomp knows `name`; every name is known when it does
        // not support the architecture (nothing can be said).
        bool isKnown(const QString &name);

    private:
        const QString &m_architecture;
        bool m_supported = false;
        QHash<QString, bool> *m_known = nullptr;
    };

    static Check check(const Rule &rule, Names &names);
    static Check check(const Rule &rule, const QString &architecture)
    {
        Names names(architecture);
        return check(rule, names);
    }

private:
    QString m_architecture;
    std::vector<Check> m_checks;
    bool m_valid = false;
};

} // namespace Sysfence
