#pragma once
// Turns the bytes of an interchange file into a JSON document, or into a message in plain words
// that says where (line and column) the JSON is broken.
#include "util/Result.h"

#include <QCoreApplication>
#include <QJsonDocument>

namespace el {

class JsonSyntax
{
    Q_DECLARE_TR_FUNCTIONS(JsonSyntax)
public:
    static Result<QJsonDocument> parse(const QByteArray &json);

    struct Place
    {
        int line = 1;   // from 1
        int column = 1; // from 1, in characters, not bytes
    };
    // The line and column of a byte offset in UTF-8 text.
    static Place placeOf(const QByteArray &text, qsizetype offset);
};

} // namespace el
