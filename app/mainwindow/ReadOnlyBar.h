#pragma once
// The message bar above the canvas of a read-only document: why it is read-only, in plain words,
// that changes can still be made and kept with Save As, and a Save As button.
#include <QFrame>

class QLabel;
class QPushButton;

namespace el {

class ReadOnlyBar : public QFrame
{
    Q_OBJECT
public:
    explicit ReadOnlyBar(QWidget *parent = nullptr);

    // Shows the bar with the reason, or hides it when the reason is empty.
    void setReason(const QString &reason);
    QString text() const;
    QPushButton *saveAsButton() const { return m_saveAs; }

Q_SIGNALS:
    void saveAsRequested();

private:
    QLabel *m_text;
    QPushButton *m_saveAs;
};

} // namespace el
