#include "ociconfig.h"

#include "jsonreader.h"
#include "jsonwriter.h"
#include "profiledecoder.h"
#include "profilewriter.h"

#include "analysis/profileresolver.h"

namespace Sysfence {

namespace {
QString quoted(const QString &s)
{
    return QStringLiteral("“%1”").arg(s);
}

// Docker's own fields that the OCI runtime spec lacks: runc parses config.json
// into its spec types and silently ignores them.
void reportDockerOnlyFields(
    const JsonValue &seccomp, const TextPositions &positions, const QString &fileName, Diagnostics *out)
{
    auto warn = [&](const JsonMember &m, const QString &pointer) {
        Diagnostic d;
        d.severity = Diagnostic::Severity::Warning;
        d.code = QStringLiteral("not-oci-field");
        d.message = OciConfig::tr("%1 is Docker's, not part of OCI seccomp: runc ignores it.").arg(quoted(m.key));
        d.pointer = pointer;
        d.file = fileName;
        d.offset = m.keyOffset;
        const TextPositions::Position pos = positions.position(m.keyOffset);
        d.line = pos.line;
        d.column = pos.column;
        out->append(d);
    };
    const QString base = QStringLiteral("/linux/seccomp");
    for (const JsonMember &m : seccomp.members()) {
        if (m.key == QLatin1String("archMap") || m.key == QLatin1String("defaultErrno")) {
            warn(m, base + QLatin1Char('/') + m.key);
        }
    }
    const JsonValue &rules = seccomp.value(u"syscalls");
    for (size_t i = 0; i < rules.items().size(); ++i) {
        for (const JsonMember &m : rules.items()[i].members()) {
            if (m.key == QLatin1String("includes") || m.key == QLatin1String("excludes")
                || m.key == QLatin1String("comment") || m.key == QLatin1String("errno")
                || m.key == QLatin1String("name")) {
                warn(m, QStringLiteral("%1/syscalls/%2/%3").arg(base).arg(i).arg(m.key));
            }
        }
    }
}
} // namespace

bool OciConfig::isConfig(const JsonValue &root)
{
    return root.isObject() && (root.value(u"linux").isObject() || root.contains(u"ociVersion"));
}

qint64 OciConfig::valueEnd(const QByteArray &text, qint64 offset)
{
    if (offset < 0 || offset >= text.size()) {
        return -1;
    }
    const char first = text.at(offset);
    if (first == '"') {
        for (qint64 i = offset + 1; i < text.size(); ++i) {
            if (text.at(i) == '\\') {
                ++i;
            } else if (text.at(i) == '"') {
                return i + 1;
            }
        }
        return -1;
    }
    if (first != '{' && first != '[') {
        qint64 i = offset;
        while (i < text.size() && !QByteArrayView(",]} \t\r\n").contains(text.at(i))) {
            ++i;
        }
        return i;
    }
    int depth = 0;
    bool inString = false;
    for (qint64 i = offset; i < text.size(); ++i) {
        const char c = text.at(i);
        if (inString) {
            if (c == '\\') {
                ++i;
            } else if (c == '"') {
                inString = false;
            }
        } else if (c == '"') {
            inString = true;
        } else if (c == '{' || c == '[') {
            ++depth;
        } else if (c == '}' || c == ']') {
            if (--depth == 0) {
                return i + 1;
            }
        }
    }
    return -1;
}

OciConfig::Result OciConfig::read(const QByteArray &text, const QString &fileName)
{
    Result result;
    result.text = text;
    result.style = JsonStyle::detect(text);
    JsonReader::Result json = JsonReader::parse(text, fileName);
    result.diagnostics = json.diagnostics;
    if (!json.root.isValid()) {
        return result;
    }
    auto fail = [&](const QString &code, const QString &message, const QString &pointer, qint64 offset) {
        Diagnostic d;
        d.code = code;
        d.message = message;
        d.pointer = pointer;
        d.file = fileName;
        d.offset = offset;
        const TextPositions::Position pos = json.positions.position(offset);
        d.line = pos.line;
        d.column = pos.column;
        result.diagnostics.append(d);
        return result;
    };
    const JsonValue &linuxObject = json.root.value(u"linux");
    if (!linuxObject.isObject()) {
        return fail(QStringLiteral("oci-no-linux"),
            tr("This OCI runtime configuration has no “linux” object, so no seccomp profile."), QString(),
            json.root.offset());
    }
    const JsonValue &seccomp = linuxObject.value(u"seccomp");
    if (!seccomp.isObject()) {
        return fail(QStringLiteral("oci-no-seccomp"),
            seccomp.isValid()
                ? tr("“linux.seccomp” must be an object, not %1.").arg(JsonValue::typePhrase(seccomp.type()))
                : tr("This OCI runtime configuration has no “linux.seccomp”: the container runs "
                     "without a seccomp filter."),
            QStringLiteral("/linux/seccomp"), seccomp.isValid() ? seccomp.offset() : linuxObject.offset());
    }
    result.parsed = true;
    result.seccompBegin = seccomp.offset();
    result.seccompEnd = valueEnd(text, seccomp.offset());

    Diagnostics decoded;
    ProfileDecoder decoder(&decoded, &json.positions, fileName);
    result.profile = decoder.profile(seccomp);
    for (Diagnostic &d : decoded) {
        d.pointer.prepend(QStringLiteral("/linux/seccomp"));
        if (d.code == QLatin1String("unknown-field")) {
            d.message.replace(QStringLiteral("Docker ignores it"), QStringLiteral("runc ignores it"));
        }
    }
    result.diagnostics.append(decoded);
    reportDockerOnlyFields(seccomp, json.positions, fileName, &result.diagnostics);
    return result;
}

OciConfig::Written OciConfig::saveInto(const QByteArray &configText, const Profile &profile, const Target &target)
{
    Written out;
    const Result config = read(configText);
    if (!config.parsed || config.seccompEnd < 0) {
        out.error = config.diagnostics.isEmpty() ? tr("The file is not an OCI runtime configuration.")
                                                 : config.diagnostics.constFirst().message;
        return out;
    }
    const ProfileResolver::Result resolved = ProfileResolver::resolve(profile, target);
    if (!resolved.error.isEmpty()) {
        out.error = resolved.error;
        return out;
    }
    out.messages = resolved.messages;

    JsonStyle style = config.style;
    style.finalNewline = false;
    QByteArray value = JsonWriter(style).write(ProfileWriter::toJson(resolved.profile));

    // Continuation lines are indented like the line the value starts on.
    const qint64 lineStart = configText.lastIndexOf('\n', config.seccompBegin) + 1;
    qint64 indentEnd = lineStart;
    while (indentEnd < configText.size() && (configText.at(indentEnd) == ' ' || configText.at(indentEnd) == '\t')) {
        ++indentEnd;
    }
    const QByteArray newline = style.newline.toUtf8();
    value.replace(newline, QByteArray(newline + configText.mid(lineStart, indentEnd - lineStart)));

    out.text = configText.left(config.seccompBegin) + value + configText.mid(config.seccompEnd);
    return out;
}

JsonStyle OciConfig::snippetStyle()
{
    JsonStyle style = JsonStyle::dockerDefault();
    style.finalNewline = true;
    return style;
}

OciConfig::Written OciConfig::snippet(const Profile &profile, const Target &target, const JsonStyle &style)
{
    Written out;
    const ProfileResolver::Result resolved = ProfileResolver::resolve(profile, target);
    if (!resolved.error.isEmpty()) {
        out.error = resolved.error;
        return out;
    }
    out.messages = resolved.messages;
    const JsonValue seccomp = ProfileWriter::toJson(resolved.profile);
    const JsonValue linuxObject = JsonValue::object({{QStringLiteral("seccomp"), seccomp, -1}});
    out.text = JsonWriter(style).write(JsonValue::object({{QStringLiteral("linux"), linuxObject, -1}}));
    return out;
}

} // namespace Sysfence
