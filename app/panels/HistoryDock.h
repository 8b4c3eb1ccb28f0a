#pragma once
// The undo history panel: every change so far, by name; clicking one goes back to it.
#include <QDockWidget>

class QUndoStack;

namespace el {

class HistoryDock : public QDockWidget
{
    Q_OBJECT
public:
    explicit HistoryDock(QUndoStack *stack, QWidget *parent = nullptr);
};

} // namespace el
