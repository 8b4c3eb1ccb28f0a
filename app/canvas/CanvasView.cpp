#include "canvas/CanvasView.h"

#include "canvas/CanvasStyle.h"
#include "canvas/InlineTitleEditor.h"
#include "canvas/LinkItem.h"
#include "canvas/ModelScene.h"
#include "canvas/NodeItem.h"
#include "canvas/SceneGestures.h"
#include "document/Document.h"
#include "model/CardOrder.h"
#include "model/LogicModel.h"

#include <QContextMenuEvent>
#include <QKeyEvent>
#include <QMouseEvent>
#include <QScrollBar>
#include <QWheelEvent>

namespace el {

namespace {
constexpr double minZoom = 0.1;
constexpr double maxZoom = 4.0;
constexpr double zoomStep = 1.25;
// Below this zoom a card's title is drawn smaller than about 9 pixels.
constexpr double readableZoom = 0.7;
} // namespace

CanvasView::CanvasView(Document *document, QWidget *parent)
    : QGraphicsView(parent)
    , m_document(document)
    , m_scene(new ModelScene(document, this))
{
    setScene(m_scene);
    setRenderHints(QPainter::Antialiasing | QPainter::TextAntialiasing);
    setDragMode(QGraphicsView::RubberBandDrag);
    setRubberBandSelectionMode(Qt::IntersectsItemShape);
    setTransformationAnchor(QGraphicsView::AnchorUnderMouse);
    setResizeAnchor(QGraphicsView::AnchorViewCenter);
    setViewportUpdateMode(QGraphicsView::SmartViewportUpdate);
    setOptimizationFlags(QGraphicsView::DontSavePainterState);
    setFocusPolicy(Qt::StrongFocus);
    setAlignment(Qt::AlignLeft | Qt::AlignTop);
    setAccessibleName(tr("Logic model canvas"));

    connect(m_scene, &QGraphicsScene::selectionChanged, this, &CanvasView::selectionChanged);
    connect(m_scene, &ModelScene::statusMessage, this, &CanvasView::statusMessage);
    connect(m_scene, &ModelScene::titleEditingStarted, this, &CanvasView::showEditedCard);
}

void CanvasView::showEditedCard(const QRectF &cardRect)
{
    // Typing a title into text a few pixels high is guesswork: zoomed far out, the view comes in
    // to actual size around the card first. Otherwise it only scrolls the card into view.
    if (zoom() < readableZoom) {
        const ViewportAnchor old = transformationAnchor();
        setTransformationAnchor(AnchorViewCenter);
        setZoom(1.0);
        setTransformationAnchor(old);
        centerOn(cardRect.center());
    }
    ensureVisible(cardRect.adjusted(-20, -20, 20, 60));
}

CanvasView::~CanvasView()
{
    // The scene emits signals while it dies (selection, focus); this view must not hear them.
    m_scene->disconnect(this);
    delete m_scene;
}

void CanvasView::setModel(ModelId model)
{
    m_scene->setModel(model);
    resetTransform();
    Q_EMIT zoomChanged(1.0);
    if (m_scene->model())
        centerOn(m_scene->contentRect().topLeft()
                 + QPointF(viewport()->width() / 2.0 - 20, viewport()->height() / 2.0 - 20));
}

ModelId CanvasView::model() const
{
    return m_scene->modelId();
}

ModelScene *CanvasView::modelScene() const
{
    return m_scene;
}

QList<NodeId> CanvasView::selectedNodes() const
{
    return m_scene->selectedNodeIds();
}

QList<LinkId> CanvasView::selectedLinks() const
{
    return m_scene->selectedLinkIds();
}

bool CanvasView::focusNextPrevChild(bool next)
{
    const LogicModel *model = m_scene->model();
    if (!model || model->nodes().isEmpty() || m_scene->gestures()->titleEditor())
        return QGraphicsView::focusNextPrevChild(next);
    // The card after (or before) the selected one, wrapping round at the ends; with nothing
    // selected, the first (or last).
    const QList<NodeId> order = CardOrder::reading(*model);
    const QList<NodeId> selected = selectedNodes();
    const qsizetype n = order.size();
    const qsizetype at = selected.isEmpty() ? -1 : order.indexOf(selected.last());
    const qsizetype toAt = at < 0 ? (next ? 0 : n - 1) : (at + (next ? 1 : n - 1)) % n;
    const NodeId to = order.at(toAt);
    m_scene->selectNodes({to});
    ensureVisible(m_scene->nodesRect({to}), 40, 40);
    if (const Node *node = model->node(to)) {
        Q_EMIT statusMessage(tr("Card %1 of %2, %3: \u201c%4\u201d. Ctrl+Tab leaves the canvas.")
                                 .arg(toAt + 1)
                                 .arg(n)
                                 .arg(nodeKindName(node->kind), node->title));
    }
    return true;
}

void CanvasView::contextMenuEvent(QContextMenuEvent *event)
{
    const QPointF scenePos = mapToScene(event->pos());
    QGraphicsItem *hit = nullptr;
    for (QGraphicsItem *item : m_scene->items(scenePos)) {
        if (item->type() == NodeItem::Type || item->type() == LinkItem::Type) {
            hit = item;
            break;
        }
    }
    if (!hit)
        m_scene->clearSelection();
    else if (!hit->isSelected()) {
        m_scene->clearSelection();
        hit->setSelected(true);
    }
    Q_EMIT contextMenuRequested(event->globalPos(), scenePos);
    event->accept();
}

void CanvasView::selectNodes(const QList<NodeId> &nodes, bool centre)
{
    m_scene->selectNodes(nodes);
    if (!centre)
        return;
    const QRectF r = m_scene->nodesRect(nodes);
    if (r.isEmpty())
        return;
    // Zoom out if the cards do not fit, never in.
    const QRectF visible = mapToScene(viewport()->rect()).boundingRect();
    if (r.width() > visible.width() * 0.9 || r.height() > visible.height() * 0.9)
        fitRect(r.adjusted(-40, -40, 40, 40));
    centerOn(r.center());
}

void CanvasView::highlightChain(const QList<NodeId> &chain)
{
    m_scene->highlightChain(chain);
}

void CanvasView::highlightPrinciple(int principle)
{
    m_scene->highlightPrinciple(principle);
}

void CanvasView::setDiagnostics(const QList<Diagnostic> &diagnostics)
{
    m_scene->setDiagnostics(diagnostics);
}

double CanvasView::zoom() const
{
    return transform().m11();
}

void CanvasView::setZoom(double zoom)
{
    zoom = std::clamp(zoom, minZoom, maxZoom);
    if (qFuzzyCompare(zoom, this->zoom()))
        return;
    const double factor = zoom / this->zoom();
    scale(factor, factor);
    Q_EMIT zoomChanged(this->zoom());
}

void CanvasView::zoomIn()
{
    const ViewportAnchor old = transformationAnchor();
    setTransformationAnchor(AnchorViewCenter);
    setZoom(zoom() * zoomStep);
    setTransformationAnchor(old);
}

void CanvasView::zoomOut()
{
    const ViewportAnchor old = transformationAnchor();
    setTransformationAnchor(AnchorViewCenter);
    setZoom(zoom() / zoomStep);
    setTransformationAnchor(old);
}

void CanvasView::actualSize()
{
    const ViewportAnchor old = transformationAnchor();
    setTransformationAnchor(AnchorViewCenter);
    setZoom(1.0);
    setTransformationAnchor(old);
}

void CanvasView::zoomToFit()
{
    fitRect(m_scene->contentRect().adjusted(-20, -20, 20, 20));
}

void CanvasView::fitRect(const QRectF &rect)
{
    if (rect.isEmpty() || viewport()->width() < 10 || viewport()->height() < 10)
        return;
    const double z
        = std::min(viewport()->width() / rect.width(), viewport()->height() / rect.height());
    const ViewportAnchor old = transformationAnchor();
    setTransformationAnchor(AnchorViewCenter);
    setZoom(std::min(z, 1.5));
    setTransformationAnchor(old);
    centerOn(rect.center());
}

void CanvasView::addNodeOfKind(int kind)
{
    if (kind < 0 || kind >= nodeKindCount)
        return;
    const auto k = static_cast<NodeKind>(kind);
    if (!m_scene->isEditable())
        return;
    QPointF spot = m_scene->freeSpot(k);
    if (!isAnnotation(k))
        spot += QPointF(0, CanvasStyle::cardMinHeight / 2);
    m_scene->gestures()->beginAddNode(k, spot); // showEditedCard brings it into view
    setFocus(Qt::OtherFocusReason);
}

void CanvasView::wheelEvent(QWheelEvent *event)
{
    if (event->modifiers() & Qt::ControlModifier) {
        const double steps = event->angleDelta().y() / 120.0;
        if (steps != 0) {
            const ViewportAnchor old = transformationAnchor();
            setTransformationAnchor(AnchorUnderMouse);
            setZoom(zoom() * std::pow(zoomStep, steps));
            setTransformationAnchor(old);
        }
        event->accept();
        return;
    }
    QGraphicsView::wheelEvent(event);
}

void CanvasView::startPan(const QPoint &pos)
{
    m_panning = true;
    m_panLast = pos;
    viewport()->setCursor(Qt::ClosedHandCursor);
}

void CanvasView::mousePressEvent(QMouseEvent *event)
{
    if (event->button() == Qt::MiddleButton || (event->button() == Qt::LeftButton && m_spaceHeld)) {
        startPan(event->position().toPoint());
        event->accept();
        return;
    }
    QGraphicsView::mousePressEvent(event);
}

void CanvasView::mouseMoveEvent(QMouseEvent *event)
{
    if (m_panning) {
        const QPoint p = event->position().toPoint();
        const QPoint d = p - m_panLast;
        m_panLast = p;
        horizontalScrollBar()->setValue(horizontalScrollBar()->value() - d.x());
        verticalScrollBar()->setValue(verticalScrollBar()->value() - d.y());
        event->accept();
        return;
    }
    QGraphicsView::mouseMoveEvent(event);
}

void CanvasView::mouseReleaseEvent(QMouseEvent *event)
{
    if (m_panning) {
        m_panning = false;
        viewport()->setCursor(m_spaceHeld ? Qt::OpenHandCursor : Qt::ArrowCursor);
        event->accept();
        return;
    }
    QGraphicsView::mouseReleaseEvent(event);
}

void CanvasView::keyPressEvent(QKeyEvent *event)
{
    const bool typing = m_scene->gestures()->isEditingTitle();
    if (!typing && event->key() == Qt::Key_Space) {
        if (!event->isAutoRepeat()) {
            m_spaceHeld = true;
            viewport()->setCursor(Qt::OpenHandCursor);
        }
        event->accept();
        return;
    }
    QGraphicsView::keyPressEvent(event);
}

void CanvasView::keyReleaseEvent(QKeyEvent *event)
{
    if (event->key() == Qt::Key_Space && !event->isAutoRepeat() && m_spaceHeld) {
        m_spaceHeld = false;
        if (!m_panning)
            viewport()->setCursor(Qt::ArrowCursor);
        event->accept();
        return;
    }
    QGraphicsView::keyReleaseEvent(event);
}

void CanvasView::focusOutEvent(QFocusEvent *event)
{
    m_spaceHeld = false;
    QGraphicsView::focusOutEvent(event);
}

} // namespace el
