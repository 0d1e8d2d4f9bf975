#include "rulechecks.h"

#include "seccomp/syscallresolver.h"

#include <QHash>
#include <QSet>

#include <iterator>

namespace Sysfence {

RuleChecks::RuleChecks(const Profile &profile, const QString &architecture)
{
    update(profile, nullptr, architecture);
}

void RuleChecks::update(const Profile &profile, const RuleChange *change, const QString &architecture,
                        const Profile *before)
{
    const bool follow = change && !change->everything && m_valid && m_architecture == architecture
        && static_cast<qsizetype>(m_checks.size()) == profile.rules.size() - change->inserted + change->removed
        && change->first + change->removed <= static_cast<qsizetype>(m_checks.size());
    if (!follow) {
        m_architecture = architecture;
        m_checks.clear();
        m_checks.reserve(static_cast<size_t>(profile.rules.size()));
        Names names(architecture);
        for (const Rule &rule : profile.rules) {
            m_checks.push_back(check(rule, names));
        }
        m_valid = true;
        return;
    }
    const auto at = m_checks.begin() + static_cast<std::ptrdiff_t>(change->first);
    const auto removedEnd = at + static_cast<std::ptrdiff_t>(change->removed);
    std::vector<Check> inserted;
    inserted.reserve(static_cast<size_t>(change->inserted));
    // Between an edit's two ends most rules are the same ones, only moved.
    QHash<const void *, qsizetype> moved; // rule of the old run -> its check
    if (before && before->rules.size() == static_cast<qsizetype>(m_checks.size())) {
        moved.reserve(change->removed);
        for (qsizetype j = change->first; j < change->first + change->removed; ++j) {
            moved.insert(before->rules.identity(j), j);
        }
    }
    Names names(architecture);
    for (qsizetype r = change->first; r < change->first + change->inserted; ++r) {
        const qsizetype j = moved.value(profile.rules.identity(r), -1);
        inserted.push_back(j >= 0 ? m_checks[static_cast<size_t>(j)] : check(profile.rules.at(r), names));
    }
    // Replace in place what both have, then erase or insert the rest.
    const auto common = std::min(change->removed, change->inserted);
    std::move(inserted.begin(), inserted.begin() + static_cast<std::ptrdiff_t>(common), at);
    if (change->removed > common) {
        m_checks.erase(at + static_cast<std::ptrdiff_t>(common), removedEnd);
    } else {
        m_checks.insert(removedEnd, std::make_move_iterator(inserted.begin() + static_cast<std::ptrdiff_t>(common)),
                        std::make_move_iterator(inserted.end()));
    }
}

RuleChecks::Check RuleChecks::check(const Rule &rule, Names &names)
{
    Check c;
    c.unconditional = rule.isUnconditional() && rule.action.has_value();
    if (c.unconditional && rule.names.size() > 1) {
        QSet<QString> seen;
        seen.reserve(rule.names.size());
        for (const QString &name : rule.names) {
            if (name.isEmpty()) {
                continue;
            }
            if (seen.contains(name)) {
                c.repeatsNames = true;
                break;
            }
            seen.insert(name);
        }
    }
    for (qsizetype n = 0; n < rule.names.size(); ++n) {
        const QString &name = rule.names.at(n);
        if (!name.isEmpty() && !names.isKnown(name)) {
            c.unknownNames.append(n);
        }
    }
    return c;
}

RuleChecks::Names::Names(const QString &architecture)
    : m_architecture(architecture)
    , m_supported(SyscallResolver::supportsArchitecture(architecture))
{
    thread_local QString knownArchitecture;
    thread_local QHash<QString, bool> known;
    if (knownArchitecture != architecture || known.size() >= 10000) {
        knownArchitecture = architecture;
        known.clear();
    }
    m_known = &known;
}

bool RuleChecks::Names::isKnown(const QString &name)
{
    if (!m_supported) {
        return true;
    }
    auto it = m_known->constFind(name);
    if (it == m_known->constEnd()) {
        it = m_known->insert(name, SyscallResolver::number(m_architecture, name).has_value());
    }
    return *it;
}

} // namespace Sysfence
