#pragma once
// The background and header of one column (or of one half of the annotations band). A
// collapsed column is a narrow strip with its title written upwards.
#include "model/NodeKind.h"

#include <QGraphicsItem>

namespace el {

class ColumnItem : public QGraphicsItem
{
public:
    enum { Type = UserType + 3 };

    ColumnItem(NodeKind kind, int index);

    int type() const override { return Type; }
    NodeKind kind() const { return m_kind; }
    bool isCollapsed() const { return m_collapsed; }
    // rect: the whole column, header included, in scene coordinates.
    void setGeometry(const QRectF &rect, bool collapsed);
    QRectF columnRect() const { return m_rect; }
    // The header's title and card count, as drawn.
    QString headerText() const;
    void setCount(int count);
    // What an empty column says on screen to show how to fill it; nothing when it has cards, is
    // collapsed, is printed or cannot be edited.
    QString hint() const;

    QRectF boundingRect() const override;
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *widget) override;

private:
    void paintHint(QPainter *painter, const QRectF &header, double lod) const;

    NodeKind m_kind;
    int m_index;
    int m_count = 0;
    QRectF m_rect;
    bool m_collapsed = false;
};

} // namespace el
