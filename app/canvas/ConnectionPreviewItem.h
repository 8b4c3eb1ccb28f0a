#pragma once
// The arrow that follows the pointer while a connection is dragged from a card's handle: green
// over a card that can be linked, red and dashed over one that cannot.
#include <QGraphicsItem>
#include <QPainterPath>

namespace el {

class ConnectionPreviewItem : public QGraphicsItem
{
public:
    enum class State { Free, Valid, Refused };

    ConnectionPreviewItem();

    void setEnds(const QPointF &from, const QPointF &to, State state);

    QRectF boundingRect() const override;
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *widget) override;

private:
    QPainterPath m_path;
    State m_state = State::Free;
};

} // namespace el
