#pragma once

#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>

#include <optional>

namespace Sysfence {

// Symbolic names for argument values of clone, unshare, setns, socket and
// personality (resources/catalog/arguments.json): the rule editor shows
// 0x10000000 as CLONE_NEWUSER and accepts "CLONE_NEWUSER|CLONE_NEWNS".
class ArgumentNames final
{
public:
    static const ArgumentNames &instance();

    bool hasNames(const QString &syscall, quint32 index) const;
    QStringList names(const QString &syscall, quint32 index) const;
    // "CLONE_NEWUSER|CLONE_NEWNS", or empty when the value has no exact spelling.
    QString format(const QString &syscall, quint32 index, quint64 value) const;
    // Accepts decimal, 0x hex, names and name|name|0x10; nullopt on anything else.
    std::optional<quint64> parse(const QString &syscall, quint32 index, const QString &text) const;
    // Numbers only: "42", "0x2a".
    static std::optional<quint64> parseNumber(const QString &text);

private:
    ArgumentNames();

    struct Entry
    {
        QStringList syscalls;
        quint32 index = 0;
        bool flags = false;
        QList<QPair<QString, quint64>> names; // in file order
    };
    const Entry *entry(const QString &syscall, quint32 index) const;

    QList<Entry> m_entries;
};

} // namespace Sysfence
