#include "seccompprofileyaml.h"

#include "jsonvalue.h"
#include "namesuggester.h"
#include "profiledecoder.h"
#include "textpositions.h"

#include "analysis/profileresolver.h"
#include "profile/errnos.h"

#include <yaml-cpp/yaml.h>

#include <QRegularExpression>

#include <cerrno>

namespace Sysfence {

namespace {

const QString &kindName()
{
    static const QString kind = QStringLiteral("SeccompProfile");
    return kind;
}

QString quoted(const QString &s)
{
    return QStringLiteral("“%1”").arg(s);
}

// The architectures the CRD's enum accepts.
const QStringList &crdArchitectures()
{
    static const QStringList names = {QStringLiteral("SCMP_ARCH_NATIVE"), QStringLiteral("SCMP_ARCH_X86"),
        QStringLiteral("SCMP_ARCH_X86_64"), QStringLiteral("SCMP_ARCH_X32"), QStringLiteral("SCMP_ARCH_ARM"),
        QStringLiteral("SCMP_ARCH_AARCH64"), QStringLiteral("SCMP_ARCH_MIPS"), QStringLiteral("SCMP_ARCH_MIPS64"),
        QStringLiteral("SCMP_ARCH_MIPS64N32"), QStringLiteral("SCMP_ARCH_MIPSEL"), QStringLiteral("SCMP_ARCH_MIPSEL64"),
        QStringLiteral("SCMP_ARCH_MIPSEL64N32"), QStringLiteral("SCMP_ARCH_PPC"), QStringLiteral("SCMP_ARCH_PPC64"),
        QStringLiteral("SCMP_ARCH_PPC64LE"), QStringLiteral("SCMP_ARCH_S390"), QStringLiteral("SCMP_ARCH_S390X"),
        QStringLiteral("SCMP_ARCH_PARISC"), QStringLiteral("SCMP_ARCH_PARISC64"), QStringLiteral("SCMP_ARCH_RISCV64")};
    return names;
}

// YAML to JsonValue, so ProfileDecoder checks the spec exactly as it checks
// Docker JSON. Offsets are yaml-cpp's byte positions in the text.
class Converter final {
public:
    bool tooLarge = false;

    JsonValue convert(const YAML::Node &node)
    {
        if (++m_nodes > SeccompProfileYaml::MaxNodes) {
            tooLarge = true;
            return JsonValue::null();
        }
        const qint64 offset = node.Mark().pos;
        switch (node.Type()) {
        case YAML::NodeType::Scalar:
            return scalar(node, offset);
        case YAML::NodeType::Sequence: {
            std::vector<JsonValue> items;
            for (const YAML::Node &child : node) {
                items.push_back(convert(child));
                if (tooLarge) {
                    break;
                }
            }
            return JsonValue::array(std::move(items), offset);
        }
        case YAML::NodeType::Map: {
            std::vector<JsonMember> members;
            for (auto it = node.begin(); it != node.end() && !tooLarge; ++it) {
                const QString key = it->first.IsScalar() ? QString::fromStdString(it->first.Scalar()) : QString();
                members.push_back({key, convert(it->second), it->first.Mark().pos});
            }
            return JsonValue::object(std::move(members), offset);
        }
        case YAML::NodeType::Null:
        case YAML::NodeType::Undefined:
            break;
        }
        return JsonValue::null(offset);
    }

private:
public:
    static bool readsAsString(const QString &text)
    {
        static const QStringList nulls
            = {QString(), QStringLiteral("~"), QStringLiteral("null"), QStringLiteral("Null"), QStringLiteral("NULL")};
        return !nulls.contains(text) && plain(text, -1).isString();
    }

private:
    // A plain scalar is typed by its spelling (YAML 1.2 core schema); a quoted one is a string.
    static JsonValue scalar(const YAML::Node &node, qint64 offset)
    {
        const QString text = QString::fromStdString(node.Scalar());
        if (node.Tag() == "!") {
            return JsonValue::string(text, offset);
        }
        return plain(text, offset);
    }

    static JsonValue plain(const QString &text, qint64 offset)
    {
        static const QRegularExpression decimal(QStringLiteral("^([-+]?)0*([0-9]+)$"));
        static const QRegularExpression hex(QStringLiteral("^0x[0-9a-fA-F]+$"));
        static const QRegularExpression octal(QStringLiteral("^0o[0-7]+$"));
        static const QRegularExpression real(QStringLiteral("^[-+]?([0-9]+\\.?[0-9]*|\\.[0-9]+)([eE][-+]?[0-9]+)?$"));
        // Numbers become JSON numbers as JSON spells them (no "+", no
        // leading zeros), so the profile can be written as JSON.
        if (const QRegularExpressionMatch m = decimal.match(text); m.hasMatch()) {
            const QString digits = m.captured(2);
            const bool negative = m.captured(1) == QLatin1String("-") && digits != QLatin1String("0");
            return JsonValue::number(negative ? QStringLiteral("-") + digits : digits, offset);
        }
        bool ok = false;
        if (hex.match(text).hasMatch()) {
            const quint64 v = text.mid(2).toULongLong(&ok, 16);
            if (ok) {
                return JsonValue::number(QString::number(v), offset);
            }
        }
        if (octal.match(text).hasMatch()) {
            const quint64 v = text.mid(2).toULongLong(&ok, 8);
            if (ok) {
                return JsonValue::number(QString::number(v), offset);
            }
        }
        if (real.match(text).hasMatch()) {
            static const QRegularExpression json(QStringLiteral("^-?(0|[1-9][0-9]*)(\\.[0-9]+)?([eE][-+]?[0-9]+)?$"));
            return JsonValue::number(
                json.match(text).hasMatch() ? text : QString::number(text.toDouble(), 'g', 17), offset);
        }
        if (text == QLatin1String("true") || text == QLatin1String("True") || text == QLatin1String("TRUE")) {
            return JsonValue::boolean(true, offset);
        }
        if (text == QLatin1String("false") || text == QLatin1String("False") || text == QLatin1String("FALSE")) {
            return JsonValue::boolean(false, offset);
        }
        return JsonValue::string(text, offset);
    }

    qint64 m_nodes = 0;
};

class DocumentReader final {
public:
    DocumentReader(const TextPositions &positions, const QString &fileName, Diagnostics *sink)
        : m_positions(positions)
        , m_fileName(fileName)
        , m_sink(sink)
    {
    }

    void report(Diagnostic::Severity severity, const QString &code, const QString &message, const QString &pointer,
        qint64 offset)
    {
        Diagnostic d;
        d.severity = severity;
        d.code = code;
        d.message = message;
        d.pointer = pointer;
        d.file = m_fileName;
        d.offset = offset;
        const TextPositions::Position pos = m_positions.position(offset);
        d.line = pos.line;
        d.column = pos.column;
        m_sink->append(d);
    }

    // Keeps the members the CRD knows; warns about the others, which
    // Kubernetes prunes before the operator sees them.
    JsonValue prune(const JsonValue &object, const QStringList &known, const QString &pointer)
    {
        if (!object.isObject()) {
            return object;
        }
        std::vector<JsonMember> kept;
        for (const JsonMember &m : object.members()) {
            if (known.contains(m.key)) {
                kept.push_back(m);
                continue;
            }
            const QString hint = NameSuggester::closest(m.key, known);
            report(Diagnostic::Severity::Warning, QStringLiteral("spo-unknown-field"),
                hint.isEmpty()
                    ? SeccompProfileYaml::tr("%1 is not a field of the SeccompProfile CRD: Kubernetes drops it.")
                          .arg(quoted(m.key))
                    : SeccompProfileYaml::tr(
                        "%1 is not a field of the SeccompProfile CRD — did you mean %2? Kubernetes drops it.")
                          .arg(quoted(m.key), quoted(hint)),
                pointer + QLatin1Char('/') + m.key, m.keyOffset);
        }
        return JsonValue::object(std::move(kept), object.offset());
    }

    JsonValue pruneSpec(const JsonValue &spec)
    {
        static const QStringList specFields = {QStringLiteral("baseProfileName"), QStringLiteral("disabled"),
            QStringLiteral("defaultAction"), QStringLiteral("architectures"), QStringLiteral("listenerPath"),
            QStringLiteral("listenerMetadata"), QStringLiteral("syscalls"), QStringLiteral("flags")};
        static const QStringList ruleFields
            = {QStringLiteral("names"), QStringLiteral("action"), QStringLiteral("errnoRet"), QStringLiteral("args")};
        static const QStringList argFields
            = {QStringLiteral("index"), QStringLiteral("value"), QStringLiteral("valueTwo"), QStringLiteral("op")};
        const JsonValue top = prune(spec, specFields, QStringLiteral("/spec"));
        std::vector<JsonMember> members;
        for (const JsonMember &m : top.members()) {
            if (m.key != QLatin1String("syscalls") || !m.value.isArray()) {
                members.push_back(m);
                continue;
            }
            std::vector<JsonValue> rules;
            for (size_t i = 0; i < m.value.items().size(); ++i) {
                const QString at = QStringLiteral("/spec/syscalls/%1").arg(i);
                const JsonValue rule = prune(m.value.items()[i], ruleFields, at);
                std::vector<JsonMember> ruleMembers;
                for (const JsonMember &rm : rule.members()) {
                    if (rm.key == QLatin1String("errnoRet") && rm.value.isString()) {
                        // Some versions of the CRD type errnoRet as a string.
                        bool ok = false;
                        const quint64 n = rm.value.text().toULongLong(&ok);
                        const std::optional<quint32> named = Errnos::fromName(rm.value.text());
                        if (ok || named) {
                            ruleMembers.push_back({rm.key,
                                JsonValue::number(ok ? QString::number(n) : QString::number(*named), rm.value.offset()),
                                rm.keyOffset});
                            continue;
                        }
                    }
                    if (rm.key == QLatin1String("args") && rm.value.isArray()) {
                        std::vector<JsonValue> args;
                        for (size_t j = 0; j < rm.value.items().size(); ++j) {
                            args.push_back(
                                prune(rm.value.items()[j], argFields, at + QStringLiteral("/args/%1").arg(j)));
                        }
                        ruleMembers.push_back(
                            {rm.key, JsonValue::array(std::move(args), rm.value.offset()), rm.keyOffset});
                        continue;
                    }
                    ruleMembers.push_back(rm);
                }
                rules.push_back(rule.isObject() ? JsonValue::object(std::move(ruleMembers), rule.offset()) : rule);
            }
            members.push_back({m.key, JsonValue::array(std::move(rules), m.value.offset()), m.keyOffset});
        }
        return JsonValue::object(std::move(members), spec.offset());
    }

private:
    const TextPositions &m_positions;
    QString m_fileName;
    Diagnostics *m_sink;
};

} // namespace

const QString &SeccompProfileYaml::group()
{
    static const QString g = QStringLiteral("security-profiles-operator.x-k8s.io");
    return g;
}

QStringList SeccompProfileYaml::apiVersions()
{
    return {
        group() + QStringLiteral("/v1alpha1"), group() + QStringLiteral("/v1beta1"), group() + QStringLiteral("/v1")};
}

QString SeccompProfileYaml::writtenApiVersion()
{
    // v1beta1 is namespaced and types argument values as uint64, as Docker does.
    return group() + QStringLiteral("/v1beta1");
}

bool SeccompProfileYaml::isValidName(const QString &name)
{
    static const QRegularExpression form(
        QStringLiteral("^[a-z0-9]([-a-z0-9]*[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*$"));
    return !name.isEmpty() && name.size() <= 253 && form.match(name).hasMatch();
}

QString SeccompProfileYaml::nameFrom(const QString &text)
{
    QString out;
    for (const QChar c : text.toLower()) {
        const bool ok = (c >= QLatin1Char('a') && c <= QLatin1Char('z'))
            || (c >= QLatin1Char('0') && c <= QLatin1Char('9')) || c == QLatin1Char('.');
        if (ok) {
            out += c;
        } else if (!out.endsWith(QLatin1Char('-'))) {
            out += QLatin1Char('-');
        }
    }
    while (!out.isEmpty() && !out.front().isLetterOrNumber()) {
        out.remove(0, 1);
    }
    out.truncate(253);
    while (!out.isEmpty() && !out.back().isLetterOrNumber()) {
        out.chop(1);
    }
    out.replace(QRegularExpression(QStringLiteral("\\.[-.]+|-+\\.")), QStringLiteral("."));
    return isValidName(out) ? out : QStringLiteral("seccomp-profile");
}

qsizetype SeccompProfileYaml::Result::find(const QString &nameOrIndex) const
{
    for (qsizetype i = 0; i < documents.size(); ++i) {
        if (documents.at(i).name == nameOrIndex) {
            return i;
        }
    }
    bool ok = false;
    const int index = nameOrIndex.toInt(&ok);
    return ok && index >= 0 && index < documents.size() ? index : -1;
}

SeccompProfileYaml::Result SeccompProfileYaml::read(const QByteArray &text, const QString &fileName)
{
    Result result;
    const TextPositions positions(text);
    DocumentReader fileReader(positions, fileName, &result.diagnostics);
    std::vector<YAML::Node> nodes;
    try {
        nodes = YAML::LoadAll(text.toStdString());
    } catch (const YAML::Exception &e) {
        Diagnostic d;
        d.code = QStringLiteral("yaml-syntax");
        d.message = tr("YAML syntax error: %1.").arg(QString::fromStdString(e.msg));
        d.file = fileName;
        d.offset = e.mark.pos;
        d.line = e.mark.line + 1;
        d.column = e.mark.column + 1;
        result.diagnostics.append(d);
        return result;
    }
    result.parsed = true;

    for (size_t i = 0; i < nodes.size(); ++i) {
        const YAML::Node &node = nodes[i];
        if (node.IsNull()) {
            continue; // an empty document, e.g. after a final ---
        }
        Converter converter;
        const JsonValue root = converter.convert(node);
        if (converter.tooLarge) {
            fileReader.report(Diagnostic::Severity::Error, QStringLiteral("yaml-too-large"),
                tr("Document %1 expands to more than %2 values (through aliases?); it is not read.")
                    .arg(i + 1)
                    .arg(MaxNodes),
                QString(), node.Mark().pos);
            continue;
        }
        if (!root.isObject()) {
            fileReader.report(Diagnostic::Severity::Warning, QStringLiteral("spo-not-an-object"),
                tr("Document %1 is not a Kubernetes object; skipped.").arg(i + 1), QString(), root.offset());
            continue;
        }

        Document doc;
        doc.index = static_cast<int>(i);
        doc.line = positions.position(root.offset()).line;
        DocumentReader reader(positions, fileName, &doc.diagnostics);
        const JsonValue &kind = root.value(u"kind");
        const JsonValue &apiVersion = root.value(u"apiVersion");
        if (kind.isString() && kind.text() != kindName()) {
            if (NameSuggester::closest(kind.text(), {kindName()}).isEmpty()) {
                fileReader.report(Diagnostic::Severity::Warning, QStringLiteral("spo-other-kind"),
                    tr("Document %1 is a %2, not a SeccompProfile; skipped.").arg(i + 1).arg(quoted(kind.text())),
                    QStringLiteral("/kind"), kind.offset());
                continue;
            }
            reader.report(Diagnostic::Severity::Error, QStringLiteral("spo-wrong-kind"),
                tr("Unknown kind %1 — did you mean %2?").arg(quoted(kind.text()), quoted(kindName())),
                QStringLiteral("/kind"), kind.offset());
        } else if (!kind.isString()) {
            reader.report(Diagnostic::Severity::Error, QStringLiteral("spo-wrong-kind"),
                kind.isValid() ? tr("“kind” must be the string %1.").arg(quoted(kindName()))
                               : tr("The document has no “kind”; a SeccompProfile needs “kind: SeccompProfile”."),
                QStringLiteral("/kind"), kind.isValid() ? kind.offset() : root.offset());
        }

        if (!apiVersion.isString()) {
            reader.report(Diagnostic::Severity::Error, QStringLiteral("spo-wrong-api-version"),
                tr("The document has no “apiVersion”; expected %1.").arg(quoted(writtenApiVersion())),
                QStringLiteral("/apiVersion"), apiVersion.isValid() ? apiVersion.offset() : root.offset());
        } else {
            doc.apiVersion = apiVersion.text();
            const QString groupPart = doc.apiVersion.section(QLatin1Char('/'), 0, 0);
            const QString version = doc.apiVersion.section(QLatin1Char('/'), 1);
            if (!doc.apiVersion.contains(QLatin1Char('/')) || groupPart != group()) {
                const QString hint = NameSuggester::closest(doc.apiVersion, apiVersions());
                reader.report(Diagnostic::Severity::Error, QStringLiteral("spo-wrong-api-version"),
                    hint.isEmpty() ? tr("apiVersion %1 is not the Security Profiles Operator's; expected %2.")
                                         .arg(quoted(doc.apiVersion), quoted(writtenApiVersion()))
                                   : tr("apiVersion %1 is not the Security Profiles Operator's — did you mean %2?")
                                         .arg(quoted(doc.apiVersion), quoted(hint)),
                    QStringLiteral("/apiVersion"), apiVersion.offset());
            } else if (!apiVersions().contains(doc.apiVersion)) {
                reader.report(Diagnostic::Severity::Error, QStringLiteral("spo-wrong-api-version"),
                    tr("Unknown version %1 of %2; Sysfence reads v1alpha1, v1beta1 and v1.")
                        .arg(quoted(version), group()),
                    QStringLiteral("/apiVersion"), apiVersion.offset());
            }
        }

        const JsonValue &metadata = root.value(u"metadata");
        doc.name = metadata.value(u"name").isString() ? metadata.value(u"name").text() : QString();
        doc.namespaceName = metadata.value(u"namespace").isString() ? metadata.value(u"namespace").text() : QString();
        if (doc.name.isEmpty()) {
            reader.report(Diagnostic::Severity::Warning, QStringLiteral("spo-no-name"),
                tr("The SeccompProfile has no “metadata.name”."), QStringLiteral("/metadata"),
                metadata.isValid() ? metadata.offset() : root.offset());
        }

        const JsonValue &spec = root.value(u"spec");
        if (!spec.isObject()) {
            reader.report(Diagnostic::Severity::Error, QStringLiteral("spo-no-spec"),
                spec.isValid() ? tr("“spec” must be a mapping.") : tr("The SeccompProfile has no “spec”."),
                QStringLiteral("/spec"), spec.isValid() ? spec.offset() : root.offset());
        } else {
            const JsonValue pruned = reader.pruneSpec(spec);
            const JsonValue &base = pruned.value(u"baseProfileName");
            doc.baseProfileName = base.isString() ? base.text() : QString();
            std::vector<JsonMember> members;
            for (const JsonMember &m : pruned.members()) {
                if (m.key != QLatin1String("baseProfileName") && m.key != QLatin1String("disabled")) {
                    members.push_back(m);
                }
            }
            Diagnostics decoded;
            ProfileDecoder decoder(&decoded, &positions, fileName);
            doc.profile = decoder.profile(JsonValue::object(std::move(members), pruned.offset()));
            doc.profile.source = {}; // a YAML file has no JSON to write back into
            for (Diagnostic &d : decoded) {
                d.pointer.prepend(QStringLiteral("/spec"));
            }
            doc.diagnostics.append(decoded);
        }
        result.documents.append(doc);
    }
    if (result.documents.isEmpty() && !result.hasErrors()) {
        fileReader.report(Diagnostic::Severity::Error, QStringLiteral("spo-no-profile"),
            tr("The file holds no SeccompProfile (kind: SeccompProfile, apiVersion %1).").arg(writtenApiVersion()),
            QString(), 0);
    }
    return result;
}

SeccompProfileYaml::Written SeccompProfileYaml::write(
    const Profile &profile, const Target &target, const Options &options)
{
    Written out;
    if (!isValidName(options.name)) {
        out.error = tr("%1 is not a valid Kubernetes name: use lowercase letters, digits, “-” and “.”, starting and "
                       "ending with a letter or digit.")
                        .arg(quoted(options.name));
        return out;
    }
    const ProfileResolver::Result resolved = ProfileResolver::resolve(profile, target);
    if (!resolved.error.isEmpty()) {
        out.error = resolved.error;
        return out;
    }
    out.messages = resolved.messages;
    const Profile &p = resolved.profile;
    if (!p.defaultAction) {
        out.error = tr("The profile has no valid defaultAction.");
        return out;
    }
    if (p.defaultErrnoRet) {
        if (Actions::takesErrno(*p.defaultAction) && *p.defaultErrnoRet != EPERM) {
            out.error = tr("The SeccompProfile CRD has no defaultErrnoRet, so the default action would return EPERM "
                           "instead of %1 (errno %2). Export to OCI instead, or set the default's errno to EPERM.")
                            .arg(Errnos::name(*p.defaultErrnoRet))
                            .arg(*p.defaultErrnoRet);
            return out;
        }
        out.messages.append(tr("defaultErrnoRet %1 dropped: the CRD has no such field, and EPERM is what the runtime "
                               "uses without it.")
                                .arg(*p.defaultErrnoRet));
    }
    QStringList architectures;
    for (const QString &a : p.architectures) {
        if (crdArchitectures().contains(a)) {
            architectures.append(a);
        } else {
            out.messages.append(tr("Architecture %1 dropped: the CRD does not accept it.").arg(a));
        }
    }
    for (qsizetype i = 0; i < p.rules.size(); ++i) {
        const Rule &r = p.rules.at(i);
        if (!r.action) {
            out.error = tr("Rule %1 has no valid action.").arg(i);
            return out;
        }
        if (r.errnoRet && *r.errnoRet == 0) {
            out.error = tr("Rule %1 (%2) returns errno 0, which the CRD cannot express: it treats 0 as unset (EPERM).")
                            .arg(i)
                            .arg(r.names.join(QLatin1String(", ")));
            return out;
        }
        for (const ArgCondition &a : r.args) {
            if (!a.op) {
                out.error = tr("Rule %1 (%2) has an argument without a valid op.")
                                .arg(i)
                                .arg(r.names.join(QLatin1String(", ")));
                return out;
            }
        }
    }

    auto s = [](const QString &text) { return text.toStdString(); };
    YAML::Emitter e;
    // yaml-cpp leaves "true", "123" or "null" plain, which would read back as
    // a bool, a number or null: quote every string that would not stay one.
    auto string = [&](const QString &text) -> YAML::Emitter & {
        if (Converter::readsAsString(text)) {
            return e << text.toStdString();
        }
        return e << YAML::DoubleQuoted << text.toStdString();
    };
    e << YAML::BeginMap;
    e << YAML::Key << "apiVersion" << YAML::Value << s(writtenApiVersion());
    e << YAML::Key << "kind" << YAML::Value << s(kindName());
    e << YAML::Key << "metadata" << YAML::Value << YAML::BeginMap;
    e << YAML::Key << "name" << YAML::Value;
    string(options.name);
    if (!options.namespaceName.isEmpty()) {
        e << YAML::Key << "namespace" << YAML::Value;
        string(options.namespaceName);
    }
    e << YAML::EndMap;
    e << YAML::Key << "spec" << YAML::Value << YAML::BeginMap;
    if (!options.baseProfileName.isEmpty()) {
        e << YAML::Key << "baseProfileName" << YAML::Value;
        string(options.baseProfileName);
    }
    e << YAML::Key << "defaultAction" << YAML::Value << s(Actions::name(*p.defaultAction));
    auto list = [&](const char *key, const QStringList &items) {
        if (items.isEmpty()) {
            return;
        }
        e << YAML::Key << key << YAML::Value << YAML::BeginSeq;
        for (const QString &item : items) {
            string(item);
        }
        e << YAML::EndSeq;
    };
    list("architectures", architectures);
    if (!p.listenerPath.isEmpty()) {
        e << YAML::Key << "listenerPath" << YAML::Value;
        string(p.listenerPath);
    }
    if (!p.listenerMetadata.isEmpty()) {
        e << YAML::Key << "listenerMetadata" << YAML::Value;
        string(p.listenerMetadata);
    }
    if (!p.rules.isEmpty()) {
        e << YAML::Key << "syscalls" << YAML::Value << YAML::BeginSeq;
        for (const Rule &r : p.rules) {
            e << YAML::BeginMap;
            list("names", r.names);
            e << YAML::Key << "action" << YAML::Value << s(Actions::name(*r.action));
            if (r.errnoRet) {
                e << YAML::Key << "errnoRet" << YAML::Value << static_cast<unsigned long long>(*r.errnoRet);
            }
            if (!r.args.isEmpty()) {
                e << YAML::Key << "args" << YAML::Value << YAML::BeginSeq;
                for (const ArgCondition &a : r.args) {
                    e << YAML::BeginMap;
                    e << YAML::Key << "index" << YAML::Value << static_cast<unsigned long long>(a.index);
                    if (a.value != 0) {
                        e << YAML::Key << "value" << YAML::Value << static_cast<unsigned long long>(a.value);
                    }
                    if (a.valueTwo != 0) {
                        e << YAML::Key << "valueTwo" << YAML::Value << static_cast<unsigned long long>(a.valueTwo);
                    }
                    e << YAML::Key << "op" << YAML::Value << s(CompareOps::name(*a.op));
                    e << YAML::EndMap;
                }
                e << YAML::EndSeq;
            }
            e << YAML::EndMap;
        }
        e << YAML::EndSeq;
    }
    list("flags", p.flags);
    e << YAML::EndMap;
    e << YAML::EndMap;
    if (!e.good()) {
        out.error = tr("Cannot write YAML: %1.").arg(QString::fromStdString(e.GetLastError()));
        return out;
    }
    out.text = QByteArray(e.c_str(), static_cast<qsizetype>(e.size())) + '\n';
    return out;
}

} // namespace Sysfence
