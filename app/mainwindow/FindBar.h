#pragma once
// The find box in the toolbar: type part of a card's title, press Enter, and the canvas jumps to
// the next card that matches, in this model first and then in the others.
#include "model/Ids.h"

#include <QLineEdit>

class QStringListModel;

namespace el {

class MainWindow;

class FindBar : public QLineEdit
{
    Q_OBJECT
public:
    explicit FindBar(MainWindow *window);

    // Puts the cursor in the box with its text selected (Ctrl+F).
    void activate();
    // Selects and centres the next card whose title contains the text; false when none does.
    bool findNext(const QString &text);

protected:
    void focusInEvent(QFocusEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;

private:
    void refreshTitles();

    MainWindow *m_window;
    QStringListModel *m_titles;
    ModelId m_lastModel;
    NodeId m_lastNode;
};

} // namespace el
