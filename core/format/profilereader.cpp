#include "profilereader.h"

#include "heapreserve.h"

#include "jsonreader.h"
#include "profiledecoder.h"

#include <QFile>
#include <QFileInfo>

namespace Sysfence {

ProfileReader::Result ProfileReader::read(const QByteArray &text, const QString &fileName)
{
    Result result;
    result.text = text;
    if (text.size() > MaxFileSize) {
        Diagnostic d;
        d.code = QStringLiteral("file-too-large");
        d.message = tr("The file is %1 MiB; profiles larger than %2 MiB are not read.")
                        .arg(text.size() / (1024 * 1024))
                        .arg(MaxFileSize / (1024 * 1024));
        d.file = fileName;
        result.diagnostics.append(d);
        return result;
    }
    JsonReader::Result json = JsonReader::parse(text, fileName);
    result = decode(text, json, fileName);
    result.positions = std::move(json.positions);
    return result;
}

ProfileReader::Result ProfileReader::decode(const QByteArray &text, const JsonReader::Result &json,
                                            const QString &fileName)
{
    return decodeWith(text, json, fileName, nullptr, nullptr, nullptr);
}

ProfileReader::Result ProfileReader::diagnose(const QByteArray &text, const JsonReader::Result &json,
                                              const QString &fileName, const CleanRules *previous, CleanRules *next,
                                              const std::vector<qint64> *ruleShifts, const ProfileParse::Splice *splice)
{
    return decodeWith(text, json, fileName, previous, next, ruleShifts, splice);
}

ProfileReader::Result ProfileReader::decodeWith(const QByteArray &text, const JsonReader::Result &json,
                                                const QString &fileName, const CleanRules *previous,
                                                CleanRules *next, const std::vector<qint64> *ruleShifts,
                                                const ProfileParse::Splice *splice)
{
    Result result;
    result.text = text;
    result.diagnostics = json.diagnostics;
    result.style = JsonStyle::detect(text);
    if (!json.root.isValid()) {
        return result;
    }
    result.parsed = true;
    ProfileDecoder decoder(&result.diagnostics, &json.positions, fileName);
    decoder.setCleanRules(previous, next, splice);
    decoder.setRuleShifts(ruleShifts);
    result.profile = decoder.profile(json.root);
    return result;
}

ProfileReader::Result ProfileReader::readFile(const QString &path)
{
    auto failure = [&path](const QString &code, const QString &message) {
        Result result;
        result.ioError = code == QLatin1String("io-error");
        Diagnostic d;
        d.code = code;
        d.message = message;
        d.file = path;
        result.diagnostics.append(d);
        return result;
    };
    QFile file(path);
    const QFileInfo info(path);
    if (info.exists() && info.isFile() && info.size() > MaxFileSize) {
        return failure(QStringLiteral("file-too-large"),
            tr("The file is %1 MiB; profiles larger than %2 MiB are not read.")
                .arg(info.size() / (1024 * 1024))
                .arg(MaxFileSize / (1024 * 1024)));
    }
    if (info.isDir()) {
        return failure(QStringLiteral("io-error"), tr("Cannot read a folder as a profile."));
    }
    if (!file.open(QIODevice::ReadOnly)) {
        return failure(QStringLiteral("io-error"), tr("Cannot open the file: %1.").arg(file.errorString()));
    }
    HeapReserve::prepareForInput(info.size());
    // Read one byte past the limit, so a file that grows or lies about its
    // size (a pipe, /proc) is still refused instead of read whole.
    const QByteArray text = file.read(MaxFileSize + 1);
    if (file.error() != QFileDevice::NoError) {
        return failure(QStringLiteral("io-error"), tr("Cannot read the file: %1.").arg(file.errorString()));
    }
    return read(text, path);
}

} // namespace Sysfence
