#pragma once
// One arrow as a screen reader reads it: a link named "From X to Y", described by its rationale
// and the strength of its evidence, found under the card it leaves. Pressing it follows it: the
// card it leads to becomes the selection.
#include "canvas/CanvasItemAccessible.h"
#include "model/Ids.h"

namespace el {

class ArrowAccessible : public CanvasItemAccessible
{
public:
    ArrowAccessible(CanvasAccessible *canvas, LinkId id);

    LinkId id() const { return m_id; }

    bool isValid() const override;
    QAccessibleInterface *parent() const override;
    int childCount() const override { return 0; }
    QAccessibleInterface *child(int) const override { return nullptr; }
    int indexOfChild(const QAccessibleInterface *) const override { return -1; }
    QString text(QAccessible::Text t) const override;
    QAccessible::Role role() const override;

    QStringList actionNames() const override;
    void doAction(const QString &actionName) override;

protected:
    QGraphicsItem *item() const override;
    bool isCurrent() const override;
    void select() override;

private:
    LinkId m_id;
};

} // namespace el
