#include "canvas/InlineTitleEditor.h"

#include "canvas/CanvasStyle.h"

#include <QKeyEvent>
#include <QTextCursor>
#include <QTextDocument>
#include <QTextOption>

namespace el {

InlineTitleEditor::InlineTitleEditor(const QString &text, double width, QGraphicsItem *parent)
    : QGraphicsTextItem(parent)
{
    setFont(CanvasStyle::titleFont());
    setDefaultTextColor(CanvasStyle::textColour());
    document()->setDocumentMargin(0);
    QTextOption option = document()->defaultTextOption();
    option.setWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
    document()->setDefaultTextOption(option);
    setTextWidth(width);
    setPlainText(text);
    setTextInteractionFlags(Qt::TextEditorInteraction);
    setZValue(30);
    connect(document(), &QTextDocument::contentsChanged, this,
            [this] { Q_EMIT textEdited(title()); });
}

QString InlineTitleEditor::title() const
{
    // Titles are one paragraph: line breaks typed or pasted become spaces.
    return toPlainText().simplified();
}

void InlineTitleEditor::start()
{
    setFocus(Qt::OtherFocusReason);
    QTextCursor cursor(document());
    cursor.select(QTextCursor::Document);
    setTextCursor(cursor);
}

void InlineTitleEditor::keyPressEvent(QKeyEvent *event)
{
    if (event->key() == Qt::Key_Escape) {
        m_finished = true;
        event->accept();
        Q_EMIT cancelled();
        return;
    }
    if (event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter) {
        m_finished = true;
        event->accept();
        Q_EMIT committed(title());
        return;
    }
    QGraphicsTextItem::keyPressEvent(event);
}

void InlineTitleEditor::focusOutEvent(QFocusEvent *event)
{
    QGraphicsTextItem::focusOutEvent(event);
    // Clicking elsewhere keeps what was typed, as in PowerPoint. A popup (tooltip, menu)
    // taking focus for a moment is not a click elsewhere.
    if (!m_finished && event->reason() != Qt::PopupFocusReason
        && event->reason() != Qt::ActiveWindowFocusReason) {
        m_finished = true;
        Q_EMIT committed(title());
    }
}

} // namespace el
