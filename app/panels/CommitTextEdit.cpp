#include "panels/CommitTextEdit.h"

namespace el {

CommitTextEdit::CommitTextEdit(QWidget *parent)
    : QPlainTextEdit(parent)
{
    setTabChangesFocus(true);
    setFixedHeight(fontMetrics().lineSpacing() * 4 + 12);
}

void CommitTextEdit::setTextQuietly(const QString &text)
{
    m_committed = text;
    if (toPlainText() != text)
        setPlainText(text);
}

void CommitTextEdit::focusOutEvent(QFocusEvent *event)
{
    QPlainTextEdit::focusOutEvent(event);
    const QString text = toPlainText();
    if (text != m_committed) {
        m_committed = text;
        Q_EMIT editingFinished(text);
    }
}

} // namespace el
