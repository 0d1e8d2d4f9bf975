#include "profileformat.h"

#include "jsonreader.h"
#include "ociconfig.h"

namespace Sysfence {

ProfileFormat ProfileFormats::detect(const QByteArray &text)
{
    qsizetype i = text.startsWith("\xEF\xBB\xBF") ? 3 : 0;
    while (i < text.size() && (text.at(i) == ' ' || text.at(i) == '\t' || text.at(i) == '\r' || text.at(i) == '\n')) {
        ++i;
    }
    if (i == text.size() || text.at(i) == '{' || text.at(i) == '[') {
        return detect(JsonReader::parse(text).root);
    }
    return ProfileFormat::Spo;
}

ProfileFormat ProfileFormats::detect(const JsonValue &root)
{
    return root.isValid() && OciConfig::isConfig(root) ? ProfileFormat::Oci : ProfileFormat::Docker;
}

QString ProfileFormats::id(ProfileFormat format)
{
    switch (format) {
    case ProfileFormat::Docker:
        return QStringLiteral("docker");
    case ProfileFormat::Oci:
        return QStringLiteral("oci");
    case ProfileFormat::Spo:
        return QStringLiteral("spo");
    }
    return {};
}

std::optional<ProfileFormat> ProfileFormats::fromId(QStringView id)
{
    for (const ProfileFormat f : {ProfileFormat::Docker, ProfileFormat::Oci, ProfileFormat::Spo}) {
        if (ProfileFormats::id(f) == id) {
            return f;
        }
    }
    return std::nullopt;
}

} // namespace Sysfence
