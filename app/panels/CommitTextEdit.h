#pragma once
// A multi-line text box that reports its text once, when the user leaves it, so that a whole
// paragraph of typing becomes one undo step.
#include <QPlainTextEdit>

namespace el {

class CommitTextEdit : public QPlainTextEdit
{
    Q_OBJECT
public:
    explicit CommitTextEdit(QWidget *parent = nullptr);

    // Replaces the text without reporting it (when the model changed underneath).
    void setTextQuietly(const QString &text);

Q_SIGNALS:
    void editingFinished(const QString &text);

protected:
    void focusOutEvent(QFocusEvent *event) override;

private:
    QString m_committed;
};

} // namespace el
