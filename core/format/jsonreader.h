#pragma once

#include "diagnostic.h"
#include "jsonvalue.h"
#include "textpositions.h"

#include <QByteArray>
#include <QCoreApplication>

namespace Sysfence {

// Parses JSON text into JsonValue, keeping member order, duplicate keys,
// the exact spelling of numbers and strings, and the offset of every value.
//
// RapidJSON's SAX Reader does the parsing. It was chosen over QJsonDocument
// (sorts keys, turns numbers into doubles, reports no line), over simdjson's
// on-demand API (needs padded input and gives locations only while
// iterating), and over a hand-written parser: it is packaged in Debian and
// every other distribution, validates UTF-8, hands over numbers as their raw
// text, and has an iterative mode that cannot overflow the stack on deeply
// nested input.
class JsonReader final {
    Q_DECLARE_TR_FUNCTIONS(Sysfence::JsonReader)

public:
    static constexpr int MaxDepth = 512;

    struct Result {
        JsonValue root; // invalid when the text is not JSON
        Diagnostics diagnostics; // syntax errors and duplicate-key warnings
        TextPositions positions;
    };

    // `fileName` is only copied into the diagnostics.
    static Result parse(const QByteArray &text, const QString &fileName = {});
};

} // namespace Sysfence
