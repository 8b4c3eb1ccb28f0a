#pragma once

#include <QLineEdit>
#include <QString>

namespace el {

// Puts a stored value into a one-line field, shown from its first character. QLineEdit::setText
// leaves the cursor at the end, which scrolls a long title so that its start is hidden. A field
// that already holds the value is left alone, so that a refresh does not move the cursor of
// someone typing in it.
inline void showInField(QLineEdit *field, const QString &text)
{
    if (field->text() == text)
        return;
    field->setText(text);
    field->setCursorPosition(0);
}

} // namespace el
