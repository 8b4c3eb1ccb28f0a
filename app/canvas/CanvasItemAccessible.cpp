#include "canvas/CanvasItemAccessible.h"

#include "canvas/CanvasAccessible.h"
#include "canvas/CanvasView.h"

#include <QGraphicsItem>
#include <QWindow>

namespace el {

CanvasItemAccessible::CanvasItemAccessible(CanvasAccessible *canvas)
    : m_canvas(canvas)
{}

QWindow *CanvasItemAccessible::window() const
{
    const CanvasView *view = m_canvas->view();
    return view ? view->window()->windowHandle() : nullptr;
}

QAccessibleInterface *CanvasItemAccessible::childAt(int x, int y) const
{
    for (int i = 0; i < childCount(); ++i) {
        QAccessibleInterface *c = child(i);
        if (c && c->rect().contains(x, y))
            return c;
    }
    return nullptr;
}

QRect CanvasItemAccessible::rect() const
{
    const QGraphicsItem *drawn = item();
    return drawn ? m_canvas->screenRect(drawn->sceneBoundingRect()) : QRect();
}

QAccessible::State CanvasItemAccessible::state() const
{
    QAccessible::State s;
    const QGraphicsItem *drawn = item();
    const CanvasView *view = m_canvas->view();
    if (!drawn || !view) {
        s.invalid = true;
        return s;
    }
    s.selectable = true;
    s.focusable = true;
    s.selected = drawn->isSelected();
    s.focused = view->hasFocus() && isCurrent();
    s.invisible = !view->isVisible();
    const QRectF shown = view->mapToScene(view->viewport()->rect()).boundingRect();
    s.offscreen = !shown.intersects(drawn->sceneBoundingRect());
    return s;
}

void *CanvasItemAccessible::interface_cast(QAccessible::InterfaceType type)
{
    if (type == QAccessible::ActionInterface)
        return static_cast<QAccessibleActionInterface *>(this);
    return nullptr;
}

QStringList CanvasItemAccessible::actionNames() const
{
    return {setFocusAction()};
}

void CanvasItemAccessible::doAction(const QString &actionName)
{
    if (actionName == setFocusAction() && isValid())
        select();
}

} // namespace el
