#include "canvas/LinkItem.h"

#include "canvas/CanvasStyle.h"
#include "canvas/ModelScene.h"

#include <QCoreApplication>
#include <QGraphicsSceneHoverEvent>
#include <QPainter>
#include <QPainterPathStroker>
#include <QStyleOptionGraphicsItem>
#include <QtMath>

namespace el {

namespace {
constexpr double arrowLength = 10.0;
constexpr double arrowHalfWidth = 5.0;
constexpr double boundsPad = 14.0;
constexpr int flatSteps = 24;
constexpr double smoothLineDetail = 0.3;
// Below this size on screen (in pixels) an arrowhead is not drawn: it would be a speck.
constexpr double smallestArrowhead = 3.0;

// Whether the straight piece from a to b may cross the area (its box meets it).
bool pieceMeets(const QPointF &a, const QPointF &b, const QRectF &area)
{
    return std::max(a.x(), b.x()) >= area.left() && std::min(a.x(), b.x()) <= area.right()
           && std::max(a.y(), b.y()) >= area.top() && std::min(a.y(), b.y()) <= area.bottom();
}

QString tr(const char *text)
{
    return QCoreApplication::translate("el::LinkItem", text);
}

QString strengthText(LinkStrength s)
{
    switch (s) {
    case LinkStrength::Weak:
        return tr("Weak evidence");
    case LinkStrength::Moderate:
        return tr("Moderate evidence");
    case LinkStrength::Strong:
        return tr("Strong evidence");
    case LinkStrength::Unspecified:
        break;
    }
    return {};
}
} // namespace

LinkItem::LinkItem(const Link &link)
    : m_id(link.id)
{
    setFlags(ItemIsSelectable | ItemUsesExtendedStyleOption);
    setAcceptHoverEvents(true);
    setZValue(0);
    syncFromModel(link);
}

void LinkItem::syncFromModel(const Link &link)
{
    m_from = link.from;
    m_to = link.to;
    if (link.strength != m_strength) {
        m_strength = link.strength;
        rebuildOutline();
    }
    QString tip = link.rationale.isEmpty()
                      ? tr("No rationale yet: say why this leads to the next step.")
                      : link.rationale;
    const QString strength = strengthText(link.strength);
    if (!strength.isEmpty())
        tip += QStringLiteral("\n(%1)").arg(strength);
    setToolTip(tip);
    update();
}

QPainterPath LinkItem::curve(const QPointF &from, const QPointF &to)
{
    // Horizontal tangents at both ends; the pull grows with the distance so long links stay
    // smooth and short ones do not loop.
    const double span = to.x() - from.x();
    const double dx = span > 0 ? std::max(12.0, span * 0.45) : 60.0;
    QPainterPath p(from);
    p.cubicTo(from + QPointF(dx, 0), to - QPointF(dx + arrowLength, 0),
              to - QPointF(arrowLength, 0));
    p.lineTo(to - QPointF(arrowLength * 0.6, 0));
    return p;
}

QPainterPath LinkItem::bundledCurve(const QPointF &from, const QPointF &junction, const QPointF &to)
{
    // Two smooth halves meeting at the junction with a horizontal tangent, so that the lines of
    // a bundle merge there and fan out again without a kink.
    const double in = std::max(8.0, (junction.x() - from.x()) * 0.5);
    const double out = std::max(8.0, (to.x() - arrowLength - junction.x()) * 0.5);
    QPainterPath p(from);
    p.cubicTo(from + QPointF(in, 0), junction - QPointF(in, 0), junction);
    p.cubicTo(junction + QPointF(out, 0), to - QPointF(out + arrowLength, 0),
              to - QPointF(arrowLength, 0));
    p.lineTo(to - QPointF(arrowLength * 0.6, 0));
    return p;
}

double LinkItem::lineWidth() const
{
    switch (m_strength) {
    case LinkStrength::Strong:
        return 2.4;
    case LinkStrength::Weak:
        return 1.2;
    case LinkStrength::Moderate:
    case LinkStrength::Unspecified:
        break;
    }
    return 1.7;
}

void LinkItem::rebuildOutline()
{
    QPainterPathStroker line;
    line.setWidth(lineWidth());
    line.setCapStyle(Qt::RoundCap);
    m_outline = m_path.isEmpty() ? QPainterPath() : line.createStroke(m_path);
}

void LinkItem::setEnds(const QPointF &from, const QPointF &to, std::optional<QPointF> junction)
{
    // Cards move one at a time (a layout moves every card), so the same ends come often.
    if (!m_path.isEmpty() && from == m_fromPoint && to == m_toPoint && junction == m_junction)
        return;
    prepareGeometryChange();
    m_fromPoint = from;
    m_toPoint = to;
    m_junction = junction;
    m_path = junction ? bundledCurve(from, *junction, to) : curve(from, to);
    m_shape = QPainterPath(); // made when first asked for: hovering and clicking need it
    rebuildOutline();
    m_bounds = m_path.boundingRect().adjusted(-boundsPad, -boundsPad, boundsPad, boundsPad);
    // Straight pieces from the Bézier formula (cheaper than measuring the path): 24 per curve
    // stray from it by well under a pixel whenever the view is zoomed out.
    m_flat.clear();
    m_flat.reserve(m_path.elementCount() * flatSteps / 3 + 2);
    for (int i = 0; i < m_path.elementCount(); ++i) {
        const QPainterPath::Element e = m_path.elementAt(i);
        if (e.isCurveTo() && i + 2 < m_path.elementCount() && !m_flat.isEmpty()) {
            const QPointF p0 = m_flat.constLast();
            const QPointF p1 = e;
            const QPointF p2 = m_path.elementAt(i + 1);
            const QPointF p3 = m_path.elementAt(i + 2);
            for (int k = 1; k <= flatSteps; ++k) {
                const double t = double(k) / flatSteps;
                const double u = 1 - t;
                m_flat << u * u * u * p0 + 3 * u * u * t * p1 + 3 * u * t * t * p2 + t * t * t * p3;
            }
            i += 2;
        } else {
            m_flat << QPointF(e);
        }
    }
}

bool LinkItem::meets(const QRectF &exposed) const
{
    if (exposed.contains(m_bounds))
        return true;
    const QRectF area = exposed.adjusted(-boundsPad, -boundsPad, boundsPad, boundsPad);
    for (qsizetype i = 1; i < m_flat.size(); ++i) {
        if (pieceMeets(m_flat.at(i - 1), m_flat.at(i), area))
            return true;
    }
    return false;
}

QRectF LinkItem::boundingRect() const
{
    return m_bounds;
}

QPainterPath LinkItem::shape() const
{
    if (m_shape.isEmpty() && !m_path.isEmpty()) {
        QPainterPathStroker stroker;
        stroker.setWidth(10);
        m_shape = stroker.createStroke(m_path);
        if (m_junction) {
            // The junction's dot is an easy target, a little wider than the line.
            QPainterPath dot;
            dot.addEllipse(*m_junction, junctionReach, junctionReach);
            m_shape = m_shape.united(dot);
        }
    }
    return m_shape;
}

double LinkItem::distanceTo(const QPointF &p) const
{
    double best = std::numeric_limits<double>::max();
    for (qsizetype i = 1; i < m_flat.size(); ++i) {
        const QPointF a = m_flat.at(i - 1);
        const QPointF d = m_flat.at(i) - a;
        const double len2 = QPointF::dotProduct(d, d);
        const double t = len2 > 0 ? std::clamp(QPointF::dotProduct(p - a, d) / len2, 0.0, 1.0) : 0;
        best = std::min(best, QLineF(a + d * t, p).length());
    }
    return best;
}

void LinkItem::setMergeHovered(bool hovered)
{
    if (hovered == m_mergeHovered)
        return;
    m_mergeHovered = hovered;
    raiseIfLit();
    update();
}

void LinkItem::raiseIfLit()
{
    // A selected or lit link in a bundle is drawn above the lines it shares its path with.
    setZValue(isSelected() ? 1 : (m_hovered || m_mergeHovered) ? 0.5 : 0);
}

void LinkItem::paintArrow(QPainter *painter, const QPainterPath &path, const QColor &colour,
                          double width, double lod, const QPainterPath *outline,
                          const QPolygonF *flat, const QRectF &exposed)
{
    if (path.isEmpty())
        return;
    // Far out on screen a line is a hairline among many: drawn without smoothing it looks
    // the same and costs a fraction.
    painter->setRenderHint(QPainter::Antialiasing, !flat || lod >= smoothLineDetail);
    if (outline && lod >= 1.0) {
        // Zoomed in: fill the outline prepared when the ends last moved (stroking a long curve
        // on every paint is what makes big models slow).
        painter->setPen(Qt::NoPen);
        painter->setBrush(colour);
        painter->drawPath(*outline);
    } else {
        // A one-pixel cosmetic pen takes the raster engine's fast path and never gets thinner
        // than a pixel when zoomed out; zoomed in without an outline, a plain stroke.
        QPen pen(colour, lod < 1.0 ? 1.0 : width, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin);
        pen.setCosmetic(lod < 1.0);
        painter->setPen(pen);
        painter->setBrush(Qt::NoBrush);
        if (flat && lod < 1.0)
            drawPieces(painter, *flat, exposed);
        else
            painter->drawPath(path);
    }

    // The arrowhead ends at the path's final point and follows its last direction.
    const QPointF tip = path.currentPosition() + QPointF(arrowLength * 0.6, 0);
    const double scale = std::clamp(0.9 / std::max(lod, 0.05), 1.0, 2.2);
    const double len = arrowLength * scale;
    const double half = arrowHalfWidth * scale;
    if (flat
        && (len * lod < smallestArrowhead
            || (!exposed.isEmpty()
                && !exposed.intersects(QRectF(tip.x() - len, tip.y() - half, len, 2 * half)))))
        return;
    const QPointF head[] = {tip, tip + QPointF(-len, -half), tip + QPointF(-len * 0.8, 0),
                            tip + QPointF(-len, half)};
    painter->setPen(Qt::NoPen);
    painter->setBrush(colour);
    painter->drawPolygon(head, 4);
}

void LinkItem::drawPieces(QPainter *painter, const QPolygonF &flat, const QRectF &exposed)
{
    if (exposed.isEmpty()) {
        painter->drawPolyline(flat);
        return;
    }
    // Only the runs of pieces that may cross the exposed area: a long link zoomed out is mostly
    // outside it.
    const QRectF area = exposed.adjusted(-2, -2, 2, 2);
    qsizetype start = -1;
    for (qsizetype i = 1; i <= flat.size(); ++i) {
        const bool in = i < flat.size() && pieceMeets(flat.at(i - 1), flat.at(i), area);
        if (in && start < 0) {
            start = i - 1;
        } else if (!in && start >= 0) {
            painter->drawPolyline(flat.constData() + start, static_cast<int>(i - start));
            start = -1;
        }
    }
}

void LinkItem::paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *)
{
    if (!option->exposedRect.isEmpty() && !meets(option->exposedRect))
        return;
    const auto *s = static_cast<const ModelScene *>(scene());
    const bool screen = !s || !s->isPrintMode();
    const double lod = option->levelOfDetailFromTransform(painter->worldTransform());
    QColor colour = CanvasStyle::linkColour();
    double width = lineWidth();
    const QPainterPath *outline = &m_outline;
    if (screen && isSelected()) {
        colour = CanvasStyle::selectionColour();
        width += 1.0;
        outline = nullptr;
    } else if (screen && (m_hovered || m_mergeHovered)) {
        colour = CanvasStyle::textColour();
        width += 0.6;
        outline = nullptr;
    }
    // Zoomed out on screen the straight pieces stand in for the curve; paper gets the curve.
    paintArrow(painter, m_path, colour, width, lod, outline, screen ? &m_flat : nullptr,
               option->exposedRect);
    if (m_junction) {
        // The merge point: a small dot so the bundle reads as one relationship.
        const double r = std::clamp(1.5 / std::max(lod, 0.05), 3.0, boundsPad - 2);
        painter->setPen(Qt::NoPen);
        painter->setBrush(colour);
        painter->drawEllipse(*m_junction, r, r);
    }
}

QVariant LinkItem::itemChange(GraphicsItemChange change, const QVariant &value)
{
    if (change == ItemSelectedHasChanged) {
        raiseIfLit();
        update();
    }
    return QGraphicsItem::itemChange(change, value);
}

void LinkItem::hoverEnterEvent(QGraphicsSceneHoverEvent *event)
{
    m_hovered = true;
    raiseIfLit();
    update();
    if (auto *s = static_cast<ModelScene *>(scene()))
        s->hoverArrows(this, event->scenePos());
}

void LinkItem::hoverMoveEvent(QGraphicsSceneHoverEvent *event)
{
    // Along a bundle the arrows drawn under the pointer change: into the junction, through it,
    // out of it.
    if (auto *s = static_cast<ModelScene *>(scene()))
        s->hoverArrows(this, event->scenePos());
}

void LinkItem::hoverLeaveEvent(QGraphicsSceneHoverEvent *)
{
    m_hovered = false;
    raiseIfLit();
    update();
    if (auto *s = static_cast<ModelScene *>(scene()))
        s->endArrowHover(this);
}

} // namespace el
