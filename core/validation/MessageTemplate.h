#pragma once
// A translated finding message with %1, %2, ... placeholders, parsed once per validation so that
// each finding's text costs one allocation; it fills in exactly as QString::arg(a, b, ...) does.
#include <QString>
#include <QStringView>
#include <initializer_list>
#include <vector>

namespace el {

class MessageTemplate
{
public:
    MessageTemplate() = default;
    explicit MessageTemplate(QString text);

    // The text with its lowest-numbered placeholders replaced by the arguments, in order (the
    // arguments are inserted as they are: a "%1" in a title stays "%1").
    QString fill(std::initializer_list<QStringView> args) const;
    // The same, appended to `out` (for texts made of several filled pieces).
    void appendTo(QString &out, std::initializer_list<QStringView> args) const;
    const QString &text() const { return m_text; }

private:
    struct Piece
    {
        qsizetype from = 0, size = 0; // the span of m_text: a literal, or the placeholder itself
        int rank = -1;                // -1: literal; else the placeholder's rank among the numbers
    };
    QString m_text;
    std::vector<Piece> m_pieces;
};

} // namespace el
