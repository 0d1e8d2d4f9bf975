#include "catalog.h"

#include "format/jsonreader.h"
#include "format/profiledecoder.h"
#include "seccomp/syscallresolver.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QResource>
#include <QSet>

#include <algorithm>

namespace Sysfence {

namespace {
JsonValue loadJson(const QString &resource, QStringList *errors)
{
    // Read where it lies in the binary (the resources are not compressed).
    const QResource file(resource);
    QByteArray text;
    if (file.isValid() && file.compressionAlgorithm() == QResource::NoCompression && file.data()) {
        text = QByteArray::fromRawData(reinterpret_cast<const char *>(file.data()), file.size());
    } else {
        QFile f(resource);
        if (!f.open(QIODevice::ReadOnly)) {
            errors->append(QStringLiteral("%1: cannot open").arg(resource));
            return {};
        }
        text = f.readAll();
    }
    const JsonReader::Result r = JsonReader::parse(text, resource);
    for (const Diagnostic &d : r.diagnostics) {
        errors->append(QStringLiteral("%1:%2:%3: %4").arg(resource).arg(d.line).arg(d.column).arg(d.message));
    }
    return r.root;
}

LocalizedText localized(const JsonValue &v)
{
    return {v.value(u"en").text(), v.value(u"zh_CN").text()};
}

QString normalizedCapability(const QString &name)
{
    QString upper = name.toUpper();
    if (!upper.startsWith(QLatin1String("CAP_"))) {
        upper.prepend(QLatin1String("CAP_"));
    }
    return upper;
}
} // namespace

const Catalog &Catalog::instance()
{
    static const Catalog catalog;
    return catalog;
}

Catalog::Catalog()
{
    loadGroups();
    loadCapabilities();
    loadDocker();
    loadRuntimeSyscalls();
    const QStringList files = QDir(QStringLiteral(":/catalog")).entryList({QStringLiteral("syscalls*.json")}, QDir::Files, QDir::Name);
    for (const QString &file : files) {
        loadSyscalls(QStringLiteral(":/catalog/") + file);
    }
    std::sort(m_syscalls.begin(), m_syscalls.end(),
              [](const SyscallInfo &a, const SyscallInfo &b) { return a.name < b.name; });
    for (qsizetype i = 0; i < m_syscalls.size(); ++i) {
        if (m_index.contains(m_syscalls.at(i).name)) {
            m_loadErrors.append(QStringLiteral("syscall %1 is listed twice").arg(m_syscalls.at(i).name));
        }
        m_index.insert(m_syscalls.at(i).name, i);
    }
    QSet<QString> names(SyscallResolver::knownNames().cbegin(), SyscallResolver::knownNames().cend());
    for (SyscallInfo &info : m_syscalls) {
        info.knownToLibseccomp = names.contains(info.name);
        names.insert(info.name);
    }
    m_allNames = QStringList(names.cbegin(), names.cend());
    m_allNames.sort();
}

void Catalog::loadGroups()
{
    const JsonValue root = loadJson(QStringLiteral(":/catalog/groups.json"), &m_loadErrors);
    for (const JsonValue &g : root.value(u"groups").items()) {
        RiskGroup group;
        group.id = g.value(u"id").text();
        group.order = g.value(u"order").text().toInt();
        group.name = localized(g.value(u"name"));
        group.rationale = localized(g.value(u"rationale"));
        m_groups.append(group);
    }
    std::sort(m_groups.begin(), m_groups.end(), [](const RiskGroup &a, const RiskGroup &b) { return a.order < b.order; });
}

void Catalog::loadCapabilities()
{
    const JsonValue root = loadJson(QStringLiteral(":/catalog/capabilities.json"), &m_loadErrors);
    for (const JsonValue &c : root.value(u"capabilities").items()) {
        CapabilityInfo cap;
        cap.name = c.value(u"name").text();
        cap.number = c.value(u"number").text().toInt();
        cap.summary = localized(c.value(u"summary"));
        cap.details = localized(c.value(u"details"));
        cap.dockerDefault = c.value(u"dockerDefault").toBool();
        cap.risk = RiskLevels::fromId(c.value(u"risk").text()).value_or(RiskLevel::Medium);
        m_capabilities.append(cap);
    }
}

void Catalog::loadDocker()
{
    const JsonValue root = loadJson(QStringLiteral(":/catalog/docker.json"), &m_loadErrors);
    ProfileDecoder decoder;
    m_dockerDefaultAction = Actions::fromName(root.value(u"defaultAction").text()).value_or(Action::Errno);
    m_dockerDefaultErrnoRet = root.value(u"defaultErrnoRet").text().toUInt();
    JsonPointer at;
    for (const JsonValue &m : root.value(u"archMap").items()) {
        ArchMapping mapping = decoder.archMapping(m, at);
        mapping.source = {};
        m_dockerArchMap.append(mapping);
    }
}

void Catalog::loadRuntimeSyscalls()
{
    const JsonValue root = loadJson(QStringLiteral(":/catalog/interactions.json"), &m_loadErrors);
    for (const JsonValue &s : root.value(u"runtimeSyscalls").value(u"syscalls").items()) {
        m_runtimeSyscalls.append(s.text());
    }
}

void Catalog::loadSyscalls(const QString &resource)
{
    const JsonValue root = loadJson(resource, &m_loadErrors);
    Diagnostics problems;
    ProfileDecoder decoder(&problems);
    for (const JsonValue &s : root.value(u"syscalls").items()) {
        SyscallInfo info;
        info.name = s.value(u"name").text();
        info.group = s.value(u"group").text();
        const auto risk = RiskLevels::fromId(s.value(u"risk").text());
        if (!risk) {
            m_loadErrors.append(QStringLiteral("%1: bad risk level").arg(info.name));
        }
        info.risk = risk.value_or(RiskLevel::Medium);
        info.capability = s.value(u"capability").text();
        info.summary = localized(s.value(u"summary"));
        info.riskNote = localized(s.value(u"risk_note"));
        info.dockerWhy = localized(s.value(u"dockerWhy"));
        JsonPointer at = JsonPointer().append(info.name);
        for (const JsonValue &g : s.value(u"docker").items()) {
            // A grant is a Docker rule without names; the decoder checks it.
            Rule grant = decoder.rule(g, at);
            grant.names.clear();
            info.dockerGrants.append(grant);
        }
        if (!group(info.group)) {
            m_loadErrors.append(QStringLiteral("%1: unknown group %2").arg(info.name, info.group));
        }
        m_syscalls.append(info);
    }
    for (const Diagnostic &d : std::as_const(problems)) {
        // Grants have no names by design.
        if (d.code != QLatin1String("no-names")) {
            m_loadErrors.append(QStringLiteral("%1: %2 %3").arg(resource, d.pointer, d.message));
        }
    }
}

const RiskGroup *Catalog::group(const QString &id) const
{
    for (const RiskGroup &g : m_groups) {
        if (g.id == id) {
            return &g;
        }
    }
    return nullptr;
}

const CapabilityInfo *Catalog::capability(const QString &name) const
{
    const QString wanted = normalizedCapability(name);
    for (const CapabilityInfo &c : m_capabilities) {
        if (c.name == wanted) {
            return &c;
        }
    }
    return nullptr;
}

QStringList Catalog::capabilityNames() const
{
    QStringList names;
    for (const CapabilityInfo &c : m_capabilities) {
        names.append(c.name);
    }
    return names;
}

QStringList Catalog::dockerDefaultCapabilities() const
{
    QStringList names;
    for (const CapabilityInfo &c : m_capabilities) {
        if (c.dockerDefault) {
            names.append(c.name);
        }
    }
    return names;
}

const SyscallInfo *Catalog::find(const QString &name) const
{
    const auto it = m_index.constFind(name);
    return it == m_index.constEnd() ? nullptr : &m_syscalls.at(*it);
}

SyscallInfo Catalog::syscall(const QString &name) const
{
    if (const SyscallInfo *info = find(name)) {
        return *info;
    }
    SyscallInfo info;
    info.name = name;
    info.fromData = false;
    info.knownToLibseccomp = SyscallResolver::isKnown(name);
    info.group = QStringLiteral("unknown");
    info.risk = RiskLevel::Low;
    if (info.knownToLibseccomp) {
        info.summary = {QStringLiteral("A syscall this version of Sysfence has no description for yet."),
                        QStringLiteral("此版本的 Sysfence 尚未收录该系统调用的说明。")};
    } else {
        info.summary = {QStringLiteral("Not a syscall libseccomp knows; runc drops the name from the filter."),
                        QStringLiteral("libseccomp 不认识这个名字，runc 会把它从过滤器中丢弃。")};
    }
    return info;
}

QStringList Catalog::syscallNames() const
{
    return m_allNames;
}

QStringList Catalog::syscallNames(const Profile &profile) const
{
    QSet<QString> names(m_allNames.cbegin(), m_allNames.cend());
    for (const Rule &r : profile.rules) {
        for (const QString &n : r.names) {
            names.insert(n);
        }
    }
    QStringList list(names.cbegin(), names.cend());
    list.sort();
    return list;
}

QStringList Catalog::syscallsInGroup(const QString &groupId) const
{
    QStringList names;
    for (const SyscallInfo &info : m_syscalls) {
        if (info.group == groupId) {
            names.append(info.name);
        }
    }
    return names;
}

} // namespace Sysfence
