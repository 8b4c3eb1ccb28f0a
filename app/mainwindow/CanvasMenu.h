#pragma once
// The canvas's context menu, built from the window's own actions so that it always agrees with
// the menus and toolbar: on cards, what can be done with them; on an arrow, deleting it; on
// empty space, adding a card of that column right there, pasting, selecting all and fitting.
#include <QPointF>

class QPoint;

namespace el {

class MainWindow;

namespace CanvasMenu {

void popUp(MainWindow *window, const QPoint &globalPos, const QPointF &scenePos);

} // namespace CanvasMenu
} // namespace el
