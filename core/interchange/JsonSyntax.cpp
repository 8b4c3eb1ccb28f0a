#include "interchange/JsonSyntax.h"

#include <QJsonParseError>
#include <algorithm>
#include <cctype>

namespace el {

namespace {
const QByteArray utf8Bom("\xEF\xBB\xBF");

QString explain(QJsonParseError::ParseError error)
{
    switch (error) {
    case QJsonParseError::UnterminatedObject:
        return JsonSyntax::tr("an object is not closed: a } or a comma is missing");
    case QJsonParseError::MissingNameSeparator:
        return JsonSyntax::tr("a colon (:) is missing after a name");
    case QJsonParseError::UnterminatedArray:
        return JsonSyntax::tr("a list is not closed: a ] or a comma is missing");
    case QJsonParseError::MissingValueSeparator:
        return JsonSyntax::tr("a comma is missing between two values");
    case QJsonParseError::IllegalValue:
        return JsonSyntax::tr("there is something that is not a JSON value (text must be in "
                              "double quotes; a comma may be left over before a } or ])");
    case QJsonParseError::TerminationByNumber:
        return JsonSyntax::tr("the file ends in the middle of a number");
    case QJsonParseError::IllegalNumber:
        return JsonSyntax::tr("a number is written wrongly");
    case QJsonParseError::IllegalEscapeSequence:
        return JsonSyntax::tr("text contains a backslash (\\) that does not start a valid escape");
    case QJsonParseError::IllegalUTF8String:
        return JsonSyntax::tr("text contains characters that are not valid UTF-8 (save the "
                              "file as UTF-8)");
    case QJsonParseError::UnterminatedString:
        return JsonSyntax::tr("a piece of text is not closed: a double quote (\") is missing");
    case QJsonParseError::MissingObject:
        return JsonSyntax::tr("a name in double quotes was expected (perhaps a comma is left "
                              "over before a })");
    case QJsonParseError::DeepNesting:
        return JsonSyntax::tr("objects and lists are nested too deeply");
    case QJsonParseError::DocumentTooLarge:
        return JsonSyntax::tr("the document is too large");
    case QJsonParseError::GarbageAtEnd:
        return JsonSyntax::tr("there is more after the end of the JSON document");
    case QJsonParseError::NoError:
        break;
    }
    return JsonSyntax::tr("the JSON is not valid");
}
} // namespace

JsonSyntax::Place JsonSyntax::placeOf(const QByteArray &text, qsizetype offset)
{
    offset = std::clamp<qsizetype>(offset, 0, text.size());
    Place place;
    qsizetype lineStart = 0;
    for (qsizetype i = 0; i < offset; ++i) {
        if (text[i] == '\n') {
            ++place.line;
            lineStart = i + 1;
        }
    }
    const QString before = QString::fromUtf8(text.constData() + lineStart, offset - lineStart);
    place.column = static_cast<int>(before.size()) + 1;
    return place;
}

Result<QJsonDocument> JsonSyntax::parse(const QByteArray &json)
{
    // Windows editors often start UTF-8 files with a byte-order mark; it is not part of the JSON.
    const QByteArray bytes = json.startsWith(utf8Bom) ? json.mid(utf8Bom.size()) : json;
    if (std::all_of(bytes.cbegin(), bytes.cend(),
                    [](char c) { return std::isspace(static_cast<unsigned char>(c)); }))
        return failure(tr("The file is empty; it should hold an Equity Logic project in JSON. "
                          "Nothing was imported."));
    QJsonParseError error;
    QJsonDocument document = QJsonDocument::fromJson(bytes, &error);
    if (error.error != QJsonParseError::NoError) {
        // Qt reports the offset just after the character where it stopped.
        const Place place = placeOf(bytes, error.offset > 0 ? error.offset - 1 : 0);
        return failure(tr("The file is not valid JSON: at line %1, column %2, %3. Open it in a "
                          "text editor, correct that place and try again. Nothing was imported.")
                           .arg(place.line)
                           .arg(place.column)
                           .arg(explain(error.error)));
    }
    return document;
}

} // namespace el
