#include "canvas/LinkItem.h"

#include "canvas/CanvasStyle.h"
#include "canvas/ModelScene.h"

#include <QCoreApplication>
#include <QPainter>
#include <QPainterPathStroker>
#include <QStyleOptionGraphicsItem>
#include <QtMath>

namespace el {

namespace {
constexpr double arrowLength = 10.0;
constexpr double arrowHalfWidth = 5.0;
constexpr double boundsPad = 14.0;

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
    prepareGeometryChange();
    m_junction = junction;
    m_path = junction ? bundledCurve(from, *junction, to) : curve(from, to);
    QPainterPathStroker stroker;
    stroker.setWidth(10);
    m_shape = stroker.createStroke(m_path);
    rebuildOutline();
    m_bounds = m_path.boundingRect().adjusted(-boundsPad, -boundsPad, boundsPad, boundsPad);
    // Eight stretches per curve, from the Bézier formula (cheaper than measuring the path).
    m_stretches.clear();
    auto addStretch = [this](const QPointF &a, const QPointF &b) {
        m_stretches << QRectF(a, b).normalized().adjusted(-boundsPad, -boundsPad, boundsPad,
                                                          boundsPad);
    };
    QPointF last;
    for (int i = 0; i < m_path.elementCount(); ++i) {
        const QPainterPath::Element e = m_path.elementAt(i);
        if (e.isMoveTo()) {
            last = e;
        } else if (e.isLineTo()) {
            addStretch(last, e);
            last = e;
        } else if (e.isCurveTo() && i + 2 < m_path.elementCount()) {
            const QPointF p0 = last;
            const QPointF p1 = e;
            const QPointF p2 = m_path.elementAt(i + 1);
            const QPointF p3 = m_path.elementAt(i + 2);
            for (int k = 1; k <= 8; ++k) {
                const double t = k / 8.0;
                const double u = 1 - t;
                const QPointF p
                    = u * u * u * p0 + 3 * u * u * t * p1 + 3 * u * t * t * p2 + t * t * t * p3;
                addStretch(last, p);
                last = p;
            }
            i += 2;
        }
    }
}

bool LinkItem::meets(const QRectF &exposed) const
{
    if (exposed.contains(m_bounds))
        return true;
    for (const QRectF &r : m_stretches) {
        if (r.intersects(exposed))
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
    return m_shape;
}

void LinkItem::paintArrow(QPainter *painter, const QPainterPath &path, const QColor &colour,
                          double width, double lod, const QPainterPath *outline)
{
    if (path.isEmpty())
        return;
    painter->setRenderHint(QPainter::Antialiasing, true);
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
        painter->drawPath(path);
    }

    // The arrowhead ends at the path's final point and follows its last direction.
    const QPointF tip = path.currentPosition() + QPointF(arrowLength * 0.6, 0);
    const double scale = std::clamp(0.9 / std::max(lod, 0.05), 1.0, 2.2);
    const double len = arrowLength * scale;
    const double half = arrowHalfWidth * scale;
    QPolygonF head;
    head << tip << tip + QPointF(-len, -half) << tip + QPointF(-len * 0.8, 0)
         << tip + QPointF(-len, half);
    painter->setPen(Qt::NoPen);
    painter->setBrush(colour);
    painter->drawPolygon(head);
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
    } else if (screen && m_hovered) {
        colour = CanvasStyle::textColour();
        width += 0.6;
        outline = nullptr;
    }
    paintArrow(painter, m_path, colour, width, lod, outline);
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
        // A selected link in a bundle is drawn above the lines it shares its path with.
        setZValue(value.toBool() ? 1 : 0);
        update();
    }
    return QGraphicsItem::itemChange(change, value);
}

void LinkItem::hoverEnterEvent(QGraphicsSceneHoverEvent *)
{
    m_hovered = true;
    setZValue(isSelected() ? 1 : 0.5);
    update();
}

void LinkItem::hoverLeaveEvent(QGraphicsSceneHoverEvent *)
{
    m_hovered = false;
    setZValue(isSelected() ? 1 : 0);
    update();
}

} // namespace el
