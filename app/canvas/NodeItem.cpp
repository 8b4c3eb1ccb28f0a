#include "canvas/NodeItem.h"

#include "canvas/CanvasStyle.h"
#include "canvas/ModelScene.h"
#include "principles/PrincipleCatalogue.h"

#include <QCoreApplication>
#include <QFontMetricsF>
#include <QGraphicsSceneHoverEvent>
#include <QGraphicsSceneMouseEvent>
#include <QPainter>
#include <QStyleOptionGraphicsItem>

namespace el {

using namespace CanvasStyle;

namespace {
QString tr(const char *text, const char *disambiguation = nullptr, int n = -1)
{
    return QCoreApplication::translate("el::NodeItem", text, disambiguation, n);
}

QColor severityColour(Severity s)
{
    switch (s) {
    case Severity::Error:
        return QColor(0xd1, 0x3b, 0x3b);
    case Severity::Warning:
        return QColor(0xe0, 0x8a, 0x00);
    case Severity::Info:
        return QColor(0x2f, 0x7d, 0xd1);
    }
    return QColor(0x2f, 0x7d, 0xd1);
}
} // namespace

NodeItem::NodeItem(const Node &node)
    : m_id(node.id)
{
    setFlags(ItemIsSelectable | ItemIsMovable | ItemSendsGeometryChanges);
    setAcceptHoverEvents(true);
    setZValue(10);
    // A card is drawn once per zoom into a pixmap and then copied: text and rounded shapes are
    // what make repainting a big model slow. update() (every change of what it shows) redraws.
    setCacheMode(DeviceCoordinateCache);
    syncFromModel(node);
}

NodeItem::~NodeItem() = default;

ModelScene *NodeItem::modelScene() const
{
    return static_cast<ModelScene *>(scene());
}

void NodeItem::syncFromModel(const Node &node)
{
    Q_ASSERT(node.id == m_id);
    m_kind = node.kind;
    m_description = node.description;
    m_principles = node.principles.numbers();
    m_indicatorCount = static_cast<int>(node.indicators.size());
    if (node.title != m_title || !m_text.hasTitle()) {
        m_title = node.title;
        relayoutText(m_editing ? QString() : m_title);
    } else {
        relayoutText(m_title);
    }
    update();
}

void NodeItem::setEditing(bool editing, const QString &previewTitle)
{
    m_editing = editing;
    relayoutText(editing ? previewTitle : m_title);
    update();
}

void NodeItem::relayoutText(const QString &title)
{
    const bool untitled = title.trimmed().isEmpty();
    const QString shown = untitled ? tr("(no title)") : title;

    m_text.layoutTitle(shown);

    prepareGeometryChange();
    m_width = cardWidth;
    m_height = CardMetrics::height(m_text.titleHeight(), hasFooter());

    // The accent bar along the left edge: the rounded card clipped to a strip.
    QPainterPath card;
    card.addRoundedRect(QRectF(0, 0, m_width, m_height), cardRadius, cardRadius);
    QPainterPath strip;
    strip.addRect(QRectF(0, 0, accentWidth, m_height));
    m_accentPath = card.intersected(strip);

    m_text.layoutSummary(shown, summaryTextHeight());
}

double NodeItem::summaryTextHeight() const
{
    // The card less a margin, and less the row of principle dots when there is one.
    const double dots = m_principles.isEmpty() ? 0 : summaryDotDiameter + 2;
    return m_height - 6 - dots;
}

bool NodeItem::hasFooter() const
{
    return CardMetrics::hasFooter(m_kind, !m_principles.isEmpty(), m_indicatorCount);
}

void NodeItem::setDiagnostics(const QList<Diagnostic> &diagnostics)
{
    m_findings.clear();
    m_worst = Severity::Info;
    for (const Diagnostic &d : diagnostics) {
        if (d.waived)
            continue;
        m_findings << d;
        if (static_cast<int>(d.severity) < static_cast<int>(m_worst))
            m_worst = d.severity;
    }
    update();
}

void NodeItem::setTargetCue(TargetCue cue)
{
    if (cue == m_cue)
        return;
    m_cue = cue;
    update();
}

QPointF NodeItem::outPort() const
{
    return mapToScene(QPointF(m_width, m_height / 2));
}

QPointF NodeItem::inPort() const
{
    return mapToScene(QPointF(0, m_height / 2));
}

QRectF NodeItem::handleRect() const
{
    return QRectF(m_width - handleRadius, m_height / 2 - handleRadius, 2 * handleRadius,
                  2 * handleRadius);
}

bool NodeItem::isOnHandle(const QPointF &itemPos) const
{
    if (isAnnotation(m_kind))
        return false;
    return handleRect().adjusted(-5, -5, 5, 5).contains(itemPos);
}

QRectF NodeItem::chipRect(int index) const
{
    const double y = m_height - cardPadding - footerHeight + (footerHeight - chipDiameter) / 2;
    return QRectF(cardTextLeft + index * (chipDiameter + 4), y, chipDiameter, chipDiameter);
}

QRectF NodeItem::badgeRect() const
{
    const QFontMetricsF fm(badgeFont());
    const QString text = m_indicatorCount > 0 ? tr("KPI %1").arg(m_indicatorCount) : tr("No KPI");
    const double w = fm.horizontalAdvance(text) + 12;
    const double h = chipDiameter;
    return QRectF(m_width - cardPadding - w,
                  m_height - cardPadding - footerHeight + (footerHeight - h) / 2, w, h);
}

QRectF NodeItem::markerRect() const
{
    return QRectF(m_width - 13, -7, 20, 20);
}

QString NodeItem::toolTipAt(const QPointF &p) const
{
    if (!m_findings.isEmpty() && markerRect().adjusted(-2, -2, 2, 2).contains(p)) {
        QStringList lines;
        for (const Diagnostic &d : m_findings)
            lines << QStringLiteral("• %1").arg(d.message.toHtmlEscaped());
        return QStringLiteral("<b>%1</b><br>%2")
            .arg(tr("%n finding(s)", nullptr, static_cast<int>(m_findings.size())),
                 lines.join(QStringLiteral("<br>")));
    }
    if (hasFooter()) {
        for (int i = 0; i < m_principles.size(); ++i) {
            if (chipRect(i).adjusted(-2, -2, 2, 2).contains(p))
                return PrincipleCatalogue::numberedWording(m_principles.at(i));
        }
        if ((m_indicatorCount > 0 || isOutcomeOrImpact(m_kind)) && badgeRect().contains(p))
            return m_indicatorCount > 0
                       ? tr("%n indicator(s) measure this card.", nullptr, m_indicatorCount)
                       : tr("No indicator measures this card yet.");
    }
    if (isOnHandle(p))
        return tr("Drag from here to another card to connect them.");
    QString tip = QStringLiteral("<b>%1</b>").arg(m_title.toHtmlEscaped());
    if (!m_description.isEmpty())
        tip += QStringLiteral("<br>%1").arg(m_description.toHtmlEscaped());
    return tip;
}

QRectF NodeItem::boundingRect() const
{
    return QRectF(-4, -9, m_width + handleRadius + 8, m_height + 13);
}

QPainterPath NodeItem::shape() const
{
    QPainterPath p;
    p.addRoundedRect(cardRect(), cardRadius, cardRadius);
    if (!isAnnotation(m_kind))
        p.addEllipse(handleRect().adjusted(-5, -5, 5, 5));
    return p;
}

void NodeItem::paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *)
{
    const ModelScene *s = modelScene();
    const bool screen = !s || !s->isPrintMode();
    const double lod = option->levelOfDetailFromTransform(painter->worldTransform());
    painter->setRenderHint(QPainter::Antialiasing, true);
    if (lod < summaryDetail)
        paintSummary(painter, lod);
    else
        paintFull(painter, screen);
    if (screen)
        paintDecoration(painter);
}

bool NodeItem::showsWholeTitle(double lod) const
{
    if (lod >= summaryDetail)
        return true;
    return m_text.wholeTitleReadable(lod);
}

void NodeItem::paintSummary(QPainter *painter, double lod) const
{
    painter->setPen(Qt::NoPen);
    painter->setBrush(kindColour(m_kind));
    painter->drawRoundedRect(cardRect(), cardRadius, cardRadius);
    // Principle chips become coloured dots along the foot, visible at any zoom.
    for (int i = 0; i < m_principles.size(); ++i) {
        const QRectF dot(accentWidth + 4 + i * (summaryDotDiameter + 3),
                         m_height - 3 - summaryDotDiameter, summaryDotDiameter, summaryDotDiameter);
        painter->setPen(QPen(Qt::white, 2));
        painter->setBrush(CanvasStyle::principleColour(m_principles.at(i)));
        painter->drawEllipse(dot);
    }
    // Further out, text would be a few pixels high: noise. The coloured blocks show the shape.
    if (lod < minimumTextDetail)
        return;
    painter->setPen(Qt::white);
    m_text.drawSummary(painter, lod);
}

void NodeItem::paintFull(QPainter *painter, bool screen) const
{
    const QRectF r = cardRect();
    const QColor accent = kindColour(m_kind);
    // A soft shadow under the card.
    if (screen) {
        painter->setPen(Qt::NoPen);
        painter->setBrush(QColor(15, 23, 42, 22));
        painter->drawRoundedRect(r.translated(0, 1.5), cardRadius, cardRadius);
    }
    painter->setPen(QPen(accent.lighter(135), 1));
    painter->setBrush(kindTint(m_kind));
    painter->drawRoundedRect(r.adjusted(0.5, 0.5, -0.5, -0.5), cardRadius, cardRadius);
    painter->setPen(Qt::NoPen);
    painter->setBrush(accent);
    painter->drawPath(m_accentPath);

    if (!m_editing) {
        const bool untitled = m_title.trimmed().isEmpty();
        painter->setPen(untitled ? mutedTextColour() : textColour());
        m_text.drawTitle(painter, QPointF(cardTextLeft, cardPadding));
    }

    if (!hasFooter())
        return;
    painter->setFont(chipFont());
    for (int i = 0; i < m_principles.size(); ++i) {
        const QRectF c = chipRect(i);
        painter->setPen(Qt::NoPen);
        painter->setBrush(CanvasStyle::principleColour(m_principles.at(i)));
        painter->drawEllipse(c);
        painter->setPen(Qt::white);
        painter->drawText(c, Qt::AlignCenter, QString::number(m_principles.at(i)));
    }
    if (m_indicatorCount > 0 || isOutcomeOrImpact(m_kind)) {
        const QRectF b = badgeRect();
        painter->setFont(badgeFont());
        if (m_indicatorCount > 0) {
            painter->setPen(Qt::NoPen);
            painter->setBrush(QColor(0x33, 0x41, 0x55));
            painter->drawRoundedRect(b, b.height() / 2, b.height() / 2);
            painter->setPen(Qt::white);
            painter->drawText(b, Qt::AlignCenter, tr("KPI %1").arg(m_indicatorCount));
        } else {
            painter->setPen(QPen(mutedTextColour(), 1, Qt::DashLine));
            painter->setBrush(Qt::NoBrush);
            painter->drawRoundedRect(b.adjusted(0.5, 0.5, -0.5, -0.5), b.height() / 2,
                                     b.height() / 2);
            painter->setPen(mutedTextColour());
            painter->drawText(b, Qt::AlignCenter, tr("No KPI"));
        }
    }
}

void NodeItem::paintDecoration(QPainter *painter) const
{
    const QRectF r = cardRect();
    if (isSelected() || m_cue != TargetCue::None) {
        const QColor c = m_cue == TargetCue::Valid     ? validTargetColour()
                         : m_cue == TargetCue::Refused ? refusedTargetColour()
                                                       : selectionColour();
        QPen pen(c, 2.5);
        pen.setCosmetic(m_cue == TargetCue::None ? false : true);
        if (m_cue == TargetCue::Refused)
            pen.setStyle(Qt::DashLine);
        painter->setPen(pen);
        painter->setBrush(Qt::NoBrush);
        painter->drawRoundedRect(r.adjusted(-2.5, -2.5, 2.5, 2.5), cardRadius + 2, cardRadius + 2);
    }
    if (!m_findings.isEmpty()) {
        const QRectF m = markerRect();
        painter->setPen(QPen(Qt::white, 1.5));
        painter->setBrush(severityColour(m_worst));
        painter->drawEllipse(m);
        painter->setFont(chipFont());
        painter->setPen(Qt::white);
        painter->drawText(m, Qt::AlignCenter,
                          m_findings.size() > 9 ? QStringLiteral("9+")
                                                : QString::number(m_findings.size()));
    }
    const ModelScene *s = modelScene();
    if ((m_hovered || isSelected() || m_connecting) && !isAnnotation(m_kind) && s
        && s->isEditable()) {
        const QRectF h = handleRect();
        painter->setPen(QPen(Qt::white, 1.5));
        painter->setBrush(selectionColour());
        painter->drawEllipse(h);
        painter->setPen(QPen(Qt::white, 1.6));
        const QPointF c = h.center();
        painter->drawLine(c - QPointF(3, 0), c + QPointF(3, 0));
        painter->drawLine(c - QPointF(0, 3), c + QPointF(0, 3));
    }
}

QVariant NodeItem::itemChange(GraphicsItemChange change, const QVariant &value)
{
    if (change == ItemPositionChange && m_columnX) {
        QPointF p = value.toPointF();
        p.setX(*m_columnX);
        return p;
    }
    if (change == ItemPositionHasChanged) {
        if (ModelScene *s = modelScene())
            s->nodeItemMoved(this);
    }
    if (change == ItemSelectedHasChanged)
        update();
    return QGraphicsItem::itemChange(change, value);
}

void NodeItem::hoverEnterEvent(QGraphicsSceneHoverEvent *event)
{
    m_hovered = true;
    setToolTip(toolTipAt(event->pos()));
    update();
}

void NodeItem::hoverMoveEvent(QGraphicsSceneHoverEvent *event)
{
    const QString tip = toolTipAt(event->pos());
    if (tip != toolTip())
        setToolTip(tip);
    setCursor(isOnHandle(event->pos()) ? Qt::CrossCursor : Qt::ArrowCursor);
}

void NodeItem::hoverLeaveEvent(QGraphicsSceneHoverEvent *)
{
    m_hovered = false;
    update();
}

void NodeItem::mousePressEvent(QGraphicsSceneMouseEvent *event)
{
    ModelScene *s = modelScene();
    if (event->button() == Qt::LeftButton && s && s->isEditable() && isOnHandle(event->pos())) {
        m_connecting = true;
        s->beginConnect(this, event->scenePos());
        event->accept();
        return;
    }
    QGraphicsItem::mousePressEvent(event);
}

void NodeItem::mouseMoveEvent(QGraphicsSceneMouseEvent *event)
{
    if (m_connecting) {
        modelScene()->updateConnect(event->scenePos());
        return;
    }
    QGraphicsItem::mouseMoveEvent(event);
}

void NodeItem::mouseReleaseEvent(QGraphicsSceneMouseEvent *event)
{
    if (m_connecting) {
        m_connecting = false;
        update();
        modelScene()->endConnect(event->scenePos());
        return;
    }
    QGraphicsItem::mouseReleaseEvent(event);
}

} // namespace el
