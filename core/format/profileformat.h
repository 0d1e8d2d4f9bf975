#pragma once

#include "jsonvalue.h"

#include <QByteArray>
#include <QString>

#include <optional>

namespace Sysfence {

// The file formats a profile can be read from and written to.
enum class ProfileFormat : quint8 {
    Docker, // Docker/moby seccomp JSON (and Podman's)
    Oci, // an OCI runtime config.json; the profile is its linux.seccomp
    Spo, // Kubernetes SeccompProfile YAML (Security Profiles Operator)
};

namespace ProfileFormats {
// Tells the formats apart by content: JSON with a `linux` object or an
// `ociVersion` is an OCI config, other JSON (or broken JSON) is Docker's,
// anything that does not start like JSON is YAML.
ProfileFormat detect(const QByteArray &text);
// The same for JSON already parsed (a reader that has the tree need not parse
// the text a second time): Oci or Docker.
ProfileFormat detect(const JsonValue &root);
QString id(ProfileFormat format); // "docker", "oci", "spo"
std::optional<ProfileFormat> fromId(QStringView id);
} // namespace ProfileFormats

} // namespace Sysfence
