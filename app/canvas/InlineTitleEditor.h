#pragma once
// The text box laid over a card while its title is typed: Enter commits, Escape cancels,
// clicking elsewhere commits.
#include <QGraphicsTextItem>

namespace el {

class InlineTitleEditor : public QGraphicsTextItem
{
    Q_OBJECT
public:
    explicit InlineTitleEditor(const QString &text, double width, QGraphicsItem *parent = nullptr);

    QString title() const;
    // Starts typing: focus, and the existing text selected so typing replaces it.
    void start();

Q_SIGNALS:
    void committed(const QString &title);
    void cancelled();
    void textEdited(const QString &title);

protected:
    void keyPressEvent(QKeyEvent *event) override;
    void focusOutEvent(QFocusEvent *event) override;

private:
    bool m_finished = false;
};

} // namespace el
