#pragma once

#include "cleanrules.h"
#include "profileparse.h"
#include "diagnostic.h"
#include "jsonreader.h"
#include "jsonstyle.h"

#include "profile/profile.h"

#include <QByteArray>
#include <QCoreApplication>

namespace Sysfence {

// Reads a Docker seccomp profile (and its older and sibling dialects) from
// JSON text or a file. It never throws and never stops at the first problem:
// the result holds whatever could be read plus every diagnostic.
class ProfileReader final {
    Q_DECLARE_TR_FUNCTIONS(Sysfence::ProfileReader)

public:
    // Docker's own default profile is 20 KiB; anything this big is not a profile.
    static constexpr qint64 MaxFileSize = 64 * 1024 * 1024;

    struct Result {
        Profile profile;
        Diagnostics diagnostics;
        JsonStyle style;
        bool parsed = false; // the text was JSON; `profile` reflects it
        bool ioError = false; // the file could not be read at all
        QByteArray text; // what was read, for positions and comparisons
        // The line starts of `text`, from read(): a caller placing more
        // diagnostics in it need not find them again.
        TextPositions positions;

        bool hasErrors() const { return Sysfence::hasErrors(diagnostics); }
    };

    static Result read(const QByteArray &text, const QString &fileName = {});
    // Decodes a parse of `text` the caller already has (JsonReader::parse with
    // the same file name), so an editor that needs both parses only once.
    static Result decode(const QByteArray &text, const JsonReader::Result &json, const QString &fileName = {});
    // Only the diagnostics of decoding a text the caller already holds as a
    // profile (an editor reading back what it wrote): rules `previous` knows
    // are clean are skipped, this text's clean rules go into `next` (a
    // CleanRules of `text`), and the result's rules are not the profile's
    // (see ProfileDecoder::setCleanRules). `ruleShifts` is for a parse that
    // kept the values of moved rules and `splice` says which those are (see
    // ProfileParse).
    static Result diagnose(const QByteArray &text, const JsonReader::Result &json, const QString &fileName,
                           const CleanRules *previous, CleanRules *next,
                           const std::vector<qint64> *ruleShifts = nullptr,
                           const ProfileParse::Splice *splice = nullptr);
    static Result readFile(const QString &path);

private:
    static Result decodeWith(const QByteArray &text, const JsonReader::Result &json, const QString &fileName,
                             const CleanRules *previous, CleanRules *next, const std::vector<qint64> *ruleShifts,
                             const ProfileParse::Splice *splice = nullptr);
};

} // namespace Sysfence
