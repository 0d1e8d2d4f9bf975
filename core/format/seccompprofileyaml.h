#pragma once

#include "diagnostic.h"

#include "analysis/target.h"
#include "profile/profile.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QStringList>

namespace Sysfence {

// Kubernetes SeccompProfile manifests of the Security Profiles Operator
// (security-profiles-operator.x-k8s.io, kind SeccompProfile), read and
// written with yaml-cpp. A file may hold several YAML documents; every
// SeccompProfile among them is returned so the caller can pick one.
//
// The CRD's spec is OCI seccomp plus `baseProfileName`: no defaultErrnoRet,
// archMap, includes, excludes or comment. Kubernetes prunes fields its schema
// lacks, so reading drops them too (with a warning) and the profile is what
// the operator would install. Writing resolves them for a target, or refuses
// what cannot be expressed.
class SeccompProfileYaml final {
    Q_DECLARE_TR_FUNCTIONS(Sysfence::SeccompProfileYaml)

public:
    static constexpr qint64 MaxNodes = 1'000'000; // aliases can expand a small file enormously

    struct Document {
        int index = 0; // among the YAML documents of the file, from 0
        int line = 0; // 1-based, where the document starts
        QString apiVersion;
        QString name; // metadata.name
        QString namespaceName; // metadata.namespace
        QString baseProfileName; // spec.baseProfileName: unioned in by the operator at install time
        Profile profile;
        Diagnostics diagnostics;

        bool hasErrors() const { return Sysfence::hasErrors(diagnostics); }
    };

    struct Result {
        QList<Document> documents; // the SeccompProfile documents, in file order
        Diagnostics diagnostics; // syntax errors and skipped documents
        bool parsed = false; // the text was YAML

        bool hasErrors() const { return Sysfence::hasErrors(diagnostics); }
        // The document named `nameOrIndex`, or at that index in `documents`; -1 if none.
        qsizetype find(const QString &nameOrIndex) const;
    };

    struct Options {
        QString name; // metadata.name, required
        QString namespaceName; // metadata.namespace, optional
        QString baseProfileName;
    };

    struct Written {
        QByteArray text;
        QStringList messages;
        QString error;

        bool ok() const { return error.isEmpty(); }
    };

    static const QString &group(); // "security-profiles-operator.x-k8s.io"
    static QStringList apiVersions(); // every group/version read
    static QString writtenApiVersion(); // the one written: v1beta1
    // A Kubernetes object name (DNS subdomain: lowercase letters, digits, '-' and '.').
    static bool isValidName(const QString &name);
    // Makes a valid object name from a file name or anything else ("My Profile.json" -> "my-profile").
    static QString nameFrom(const QString &text);

    static Result read(const QByteArray &text, const QString &fileName = {});
    static Written write(const Profile &profile, const Target &target, const Options &options);
};

} // namespace Sysfence
