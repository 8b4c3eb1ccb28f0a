#pragma once
// One arrow between two cards: a smooth curve from the right edge of one to the left edge of
// the next, with an arrowhead; hovering shows the link's rationale. A link in a dense bundle
// runs through the bundle's shared junction, so the bundle reads as merged arrows; pointing at
// a stretch it shares lights every arrow drawn there (the scene decides which). Mirrors the
// model only.
#include "model/Link.h"

#include <QGraphicsItem>
#include <QPainterPath>
#include <QPolygonF>
#include <optional>

namespace el {

class LinkItem : public QGraphicsItem
{
public:
    enum { Type = UserType + 2 };
    // Around a junction, a click or the pointer is taken to mean the junction itself.
    static constexpr double junctionReach = 8.0;

    explicit LinkItem(const Link &link);

    int type() const override { return Type; }
    LinkId id() const { return m_id; }
    NodeId from() const { return m_from; }
    NodeId to() const { return m_to; }

    void syncFromModel(const Link &link);
    // Ends in scene coordinates: the source card's out port and the target's in port.
    // With a junction, the path runs through it (the bundle's shared point); without, a curve.
    void setEnds(const QPointF &from, const QPointF &to,
                 std::optional<QPointF> junction = std::nullopt);
    std::optional<QPointF> junction() const { return m_junction; }
    const QPainterPath &path() const { return m_path; }
    // How far a scene point is from the line as drawn (within a fraction of a unit).
    double distanceTo(const QPointF &scenePos) const;
    // Lit with the other arrows merged along the stretch under the pointer.
    void setMergeHovered(bool hovered);
    bool isMergeHovered() const { return m_mergeHovered; }

    // The curve between two points, shared with the connection being dragged.
    static QPainterPath curve(const QPointF &from, const QPointF &to);
    // From the source to the junction (no arrowhead), then on to the target.
    static QPainterPath bundledCurve(const QPointF &from, const QPointF &junction,
                                     const QPointF &to);
    // Draws the line and its arrowhead. Zoomed out on screen, `flat` (the path as short straight
    // pieces) is drawn instead of the curve, only the pieces that meet `exposed`.
    static void paintArrow(QPainter *painter, const QPainterPath &path, const QColor &colour,
                           double width, double lod, const QPainterPath *outline = nullptr,
                           const QPolygonF *flat = nullptr, const QRectF &exposed = QRectF());

    QRectF boundingRect() const override;
    QPainterPath shape() const override;
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *widget) override;

protected:
    QVariant itemChange(GraphicsItemChange change, const QVariant &value) override;
    void hoverEnterEvent(QGraphicsSceneHoverEvent *event) override;
    void hoverMoveEvent(QGraphicsSceneHoverEvent *event) override;
    void hoverLeaveEvent(QGraphicsSceneHoverEvent *event) override;

private:
    static void drawPieces(QPainter *painter, const QPolygonF &flat, const QRectF &exposed);
    double lineWidth() const;
    bool meets(const QRectF &exposed) const;
    void raiseIfLit();
    void rebuildOutline();

    LinkId m_id;
    NodeId m_from;
    NodeId m_to;
    LinkStrength m_strength = LinkStrength::Unspecified;
    QPainterPath m_path;
    mutable QPainterPath m_shape; // a cache of the hit area, made on first use
    QPointF m_fromPoint;
    QPointF m_toPoint;
    QPainterPath m_outline; // the line at its normal width, filled when zoomed in
    QRectF m_bounds;
    // The path as short straight pieces (computed when the ends move): drawn zoomed out, where
    // it looks the same as the curve and costs far less, and used to skip a paint whose exposed
    // area the line does not cross (long links cross the view's bounds, not what is shown).
    QPolygonF m_flat;
    std::optional<QPointF> m_junction;
    bool m_hovered = false;
    bool m_mergeHovered = false;
};

} // namespace el
