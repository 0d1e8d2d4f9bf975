#pragma once

#include "diagnostic.h"
#include "jsonstyle.h"
#include "jsonvalue.h"

#include "analysis/target.h"
#include "profile/profile.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QStringList>

namespace Sysfence {

// An OCI runtime configuration (config.json, as runc, crun and youki read
// it) seen as the holder of one seccomp profile: `linux.seccomp`. Reading
// decodes that value as a Docker profile; saving back replaces only its bytes
// and leaves every other byte of the file as it was. OCI seccomp has no
// archMap, includes, excludes or comment, so what is written is resolved for
// a target first (ProfileResolver).
class OciConfig final {
    Q_DECLARE_TR_FUNCTIONS(Sysfence::OciConfig)

public:
    struct Result {
        Profile profile; // its source is the linux.seccomp object
        Diagnostics diagnostics; // pointers start at /linux/seccomp
        JsonStyle style; // the whole file's
        bool parsed = false; // JSON with a linux.seccomp object
        QByteArray text;
        qint64 seccompBegin = -1; // the byte range of the linux.seccomp value in `text`
        qint64 seccompEnd = -1;

        bool hasErrors() const { return Sysfence::hasErrors(diagnostics); }
    };

    // What a write produced: the bytes, what was resolved on the way, or why
    // nothing was written.
    struct Written {
        QByteArray text;
        QStringList messages;
        QString error;

        bool ok() const { return error.isEmpty(); }
    };

    // A JSON root is an OCI config, not a profile, when it has a `linux`
    // object or an `ociVersion`.
    static bool isConfig(const JsonValue &root);

    static Result read(const QByteArray &text, const QString &fileName = {});

    // `configText` with the value of linux.seccomp replaced by `profile`,
    // written in the file's own style at the value's indentation.
    static Written saveInto(const QByteArray &configText, const Profile &profile, const Target &target);

    // A new document {"linux": {"seccomp": {…}}}: the shape of config.json
    // itself, so it can be merged into one (jq -s '.[0] * .[1]') and opened
    // again by Sysfence.
    static Written snippet(const Profile &profile, const Target &target, const JsonStyle &style = snippetStyle());
    static JsonStyle snippetStyle();

    // The end (exclusive) of the JSON value starting at `offset` in valid JSON text.
    static qint64 valueEnd(const QByteArray &text, qint64 offset);
};

} // namespace Sysfence
