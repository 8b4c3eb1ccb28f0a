#include "canvas/ConnectionPreviewItem.h"

#include "canvas/CanvasStyle.h"
#include "canvas/LinkItem.h"

#include <QPainter>
#include <QStyleOptionGraphicsItem>

namespace el {

ConnectionPreviewItem::ConnectionPreviewItem()
{
    setZValue(20);
    setAcceptedMouseButtons(Qt::NoButton);
}

void ConnectionPreviewItem::setEnds(const QPointF &from, const QPointF &to, State state)
{
    prepareGeometryChange();
    m_path = LinkItem::curve(from, to);
    m_state = state;
    update();
}

QRectF ConnectionPreviewItem::boundingRect() const
{
    return m_path.boundingRect().adjusted(-16, -16, 16, 16);
}

void ConnectionPreviewItem::paint(QPainter *painter, const QStyleOptionGraphicsItem *option,
                                  QWidget *)
{
    const double lod = option->levelOfDetailFromTransform(painter->worldTransform());
    const QColor colour = m_state == State::Valid     ? CanvasStyle::validTargetColour()
                          : m_state == State::Refused ? CanvasStyle::refusedTargetColour()
                                                      : CanvasStyle::selectionColour();
    LinkItem::paintArrow(painter, m_path, colour, 2.0, lod);
}

} // namespace el
