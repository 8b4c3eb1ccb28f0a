#pragma once
// What cards and arrows share as screen reader objects: they live in the canvas interface
// (CanvasAccessible), which made them and deletes them, and have no QObject of their own; their
// place is the drawn item's, in screen coordinates; they can be selected, and the one the
// keyboard is on is focused. Their one action selects them, as a click would.
#include <QAccessibleInterface>

class QGraphicsItem;

namespace el {

class CanvasAccessible;

class CanvasItemAccessible : public QAccessibleInterface, public QAccessibleActionInterface
{
public:
    explicit CanvasItemAccessible(CanvasAccessible *canvas);

    QObject *object() const override { return nullptr; }
    QWindow *window() const override;
    QAccessibleInterface *childAt(int x, int y) const override;
    void setText(QAccessible::Text, const QString &) override {}
    QRect rect() const override;
    QAccessible::State state() const override;
    void *interface_cast(QAccessible::InterfaceType type) override;

    QStringList actionNames() const override;
    void doAction(const QString &actionName) override;
    QStringList keyBindingsForAction(const QString &) const override { return {}; }

protected:
    CanvasAccessible *canvas() const { return m_canvas; }
    // The drawn card or arrow; null once it is gone.
    virtual QGraphicsItem *item() const = 0;
    virtual bool isCurrent() const = 0;
    // Makes this the selection, with the keyboard on it.
    virtual void select() = 0;

private:
    CanvasAccessible *m_canvas;
};

} // namespace el
