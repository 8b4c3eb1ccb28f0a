#pragma once
// One card as a screen reader reads it: a list item named by the card's title, described by its
// kind, the principles it serves, its KPIs and findings and how many arrows come in and go out;
// the arrows that leave it are its children.
#include "canvas/CanvasItemAccessible.h"
#include "model/Ids.h"

namespace el {

class CardAccessible : public CanvasItemAccessible
{
public:
    CardAccessible(CanvasAccessible *canvas, NodeId id);

    NodeId id() const { return m_id; }

    bool isValid() const override;
    QAccessibleInterface *parent() const override;
    int childCount() const override;
    QAccessibleInterface *child(int index) const override;
    int indexOfChild(const QAccessibleInterface *child) const override;
    QString text(QAccessible::Text t) const override;
    QAccessible::Role role() const override;

protected:
    QGraphicsItem *item() const override;
    bool isCurrent() const override;
    void select() override;

private:
    QString description() const;

    NodeId m_id;
};

} // namespace el
