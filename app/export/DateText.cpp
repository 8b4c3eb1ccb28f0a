#include "export/DateText.h"

#include <QList>

#include <algorithm>

namespace el::DateText {

namespace {

// A piece of a date format: a field ("d", "MMMM", "yyyy"...) or the text between fields, kept
// as written (quotes included).
struct Piece
{
    bool field = false;
    QString text;
};

bool isField(QChar c)
{
    return c == u'd' || c == u'M' || c == u'y';
}

QList<Piece> split(const QString &format)
{
    QList<Piece> pieces;
    auto literal = [&](const QString &text) {
        if (pieces.isEmpty() || pieces.last().field)
            pieces.append({false, QString()});
        pieces.last().text += text;
    };
    for (qsizetype i = 0; i < format.size();) {
        const QChar c = format.at(i);
        if (c == u'\'') { // quoted text runs to the next lone quote ('' is a quote)
            qsizetype end = i + 1;
            while (end < format.size()) {
                if (format.at(end) == u'\'') {
                    if (end + 1 < format.size() && format.at(end + 1) == u'\'') {
                        end += 2;
                        continue;
                    }
                    break;
                }
                ++end;
            }
            literal(format.mid(i, end + 1 - i));
            i = end + 1;
        } else if (isField(c)) {
            qsizetype end = i;
            while (end < format.size() && format.at(end) == c)
                ++end;
            pieces.append({true, format.mid(i, end - i)});
            i = end;
        } else {
            literal(QString(c));
            ++i;
        }
    }
    return pieces;
}

QString join(const QList<Piece> &pieces)
{
    QString out;
    for (const Piece &p : pieces)
        out += p.text;
    return out;
}

bool isSeparator(QChar c)
{
    return c.isSpace() || c == u',' || c == u'\u060c'; // Arabic comma
}

// Drops separators (spaces and commas) from the end of the format, and from its start.
QString trimSeparators(QString format)
{
    while (!format.isEmpty() && isSeparator(format.back()))
        format.chop(1);
    while (!format.isEmpty() && isSeparator(format.front()))
        format.remove(0, 1);
    return format;
}

// Removes the field at index with the text that belongs to it: what follows it up to the next
// field and, for the last field, the separators before it.
void removeField(QList<Piece> &pieces, qsizetype index)
{
    const bool tail = index + 1 < pieces.size() && !pieces.at(index + 1).field;
    pieces.remove(index, tail ? 2 : 1);
    const bool last = std::none_of(pieces.begin() + index, pieces.end(),
                                   [](const Piece &p) { return p.field; });
    if (last && index > 0 && !pieces.at(index - 1).field) {
        QString &before = pieces[index - 1].text;
        while (!before.isEmpty() && isSeparator(before.back()))
            before.chop(1);
    }
}

template<class Match>
void removeFields(QList<Piece> &pieces, Match match)
{
    for (qsizetype i = 0; i < pieces.size();) {
        if (pieces.at(i).field && match(pieces.at(i).text))
            removeField(pieces, i);
        else
            ++i;
    }
}

QString quoted(QString text)
{
    return QLatin1Char('\'') + text.replace(QLatin1Char('\''), QLatin1String("''"))
           + QLatin1Char('\'');
}

} // namespace

QString withoutWeekday(const QString &format)
{
    QList<Piece> pieces = split(format);
    removeFields(pieces, [](const QString &f) { return f.front() == u'd' && f.size() >= 3; });
    return trimSeparators(join(pieces));
}

QString monthYearFormat(const QString &format)
{
    QList<Piece> pieces = split(withoutWeekday(format));
    removeFields(pieces, [](const QString &f) { return f.front() == u'd'; });
    for (Piece &p : pieces) {
        if (p.field && p.text.front() == u'M' && p.text.size() >= 3)
            p.text = QStringLiteral("MMM");
    }
    return trimSeparators(join(pieces));
}

QString longDate(const QDate &date, const QLocale &locale)
{
    return locale.toString(date, withoutWeekday(locale.dateFormat(QLocale::LongFormat)));
}

QString monthYear(const QDate &date, const QLocale &locale)
{
    // Qt writes month names in the form used with a day ("26 listopada"); alone with its year a
    // month takes its standalone form ("listopad 2026").
    QList<Piece> pieces = split(monthYearFormat(locale.dateFormat(QLocale::LongFormat)));
    for (Piece &p : pieces) {
        if (p.field && p.text == QLatin1String("MMM")) {
            p.field = false;
            p.text = quoted(locale.standaloneMonthName(date.month(), QLocale::ShortFormat));
        }
    }
    return locale.toString(date, join(pieces));
}

} // namespace el::DateText
