#pragma once
// The Arrange menu of a window: Tidy, the automatic layout of the current model (or of the
// selected cards when two or more are selected) as one undo step, using the card sizes the
// canvas draws, with the crossings before and after in the status bar.
#include "layout/LayoutOptions.h"

#include <QObject>

class QAction;
class QMenuBar;
class QToolBar;

namespace el {

class MainWindow;

class ArrangeActions : public QObject
{
    Q_OBJECT
public:
    explicit ArrangeActions(MainWindow *window);

    void fillMenuBar(QMenuBar *bar);
    void fillToolBar(QToolBar *bar);
    QAction *tidyAction() const { return m_tidy; }

    // Tidies the current model (or the selection) and returns what the layout found.
    LayoutResult tidy();
    // What Tidy is asked to do now: the canvas's card sizes and, with two or more selected
    // cards, the selection.
    LayoutOptions layoutOptions() const;
    void updateEnabled();

private:
    MainWindow *m_window;
    QAction *m_tidy;
};

} // namespace el
