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
    // Parses the comma-separated JSON values in text[begin, end), such as a
    // run of array elements cut out of a bigger text, into an array whose
    // offsets point into `text`. Pointers of diagnostics start with the
    // value's index ("/0/names"); their line and column, and `positions`,
    // are left for the caller to fill in for the whole text.
    static Result parseValues(const QByteArray &text, qint64 begin, qint64 end, const QString &fileName = {});
};

} // namespace Sysfence
