// ModelScene, second part: following the model's signals, findings, highlighting, print mode
// and the routing of mouse and keyboard events to SceneGestures.
#include "canvas/ChainHighlight.h"
#include "canvas/ColumnItem.h"
#include "canvas/InlineTitleEditor.h"
#include "canvas/LinkItem.h"
#include "canvas/ModelScene.h"
#include "canvas/NodeItem.h"
#include "canvas/SceneGestures.h"
#include "model/LogicModel.h"

#include <QGraphicsSceneMouseEvent>
#include <QKeyEvent>

namespace el {

namespace {
constexpr double dimmedOpacity = 0.16;

// Shift-click adds a card to the selection or takes it out, as Ctrl-click does (and as both do
// on arrows). Only for cards: Shift keeps its own meaning in the title editor.
void shiftAsControl(QGraphicsSceneMouseEvent *event, const QGraphicsItem *item)
{
    if ((event->modifiers() & Qt::ShiftModifier) && item && item->type() == NodeItem::Type)
        event->setModifiers(event->modifiers() | Qt::ControlModifier);
}
} // namespace

void ModelScene::onNodeAdded(NodeId id)
{
    const Node *node = m_model ? m_model->node(id) : nullptr;
    if (!node || m_nodes.contains(id))
        return;
    ++m_counts[static_cast<size_t>(node->kind)];
    layoutColumns();
    addNodeItem(*node);
    if (m_findings.contains(id))
        m_nodes.value(id)->setDiagnostics(m_findings.value(id));
    updateExtents();
    scheduleBundles(true);
    if (m_highlight != Highlight::None)
        recomputeHighlight();
}

void ModelScene::onNodeChanged(NodeId id, int fieldBits)
{
    const NodeFields fields = NodeFields::fromInt(fieldBits);
    const Node *node = m_model ? m_model->node(id) : nullptr;
    NodeItem *item = m_nodes.value(id);
    if (!node || !item)
        return;
    const NodeKind oldKind = item->kind();
    item->syncFromModel(*node);
    if (fields & NodeField::Kind) {
        --m_counts[static_cast<size_t>(oldKind)];
        ++m_counts[static_cast<size_t>(node->kind)];
        item->setColumnX(isAnnotation(node->kind) ? std::nullopt
                                                  : std::optional(m_layout.cardLeft(node->kind)));
        layoutColumns();
        item->setColumnX(isAnnotation(node->kind) ? std::nullopt
                                                  : std::optional(m_layout.cardLeft(node->kind)));
        scheduleBundles(true);
    }
    if (fields & (NodeField::Kind | NodeField::Position))
        item->setPos(cardPosition(node->kind, node->pos));
    updateLinksOf(id); // the card's height, and so its ports, may have changed
    updateExtents();
    if (m_highlight == Highlight::Principle && (fields & NodeField::Principles))
        recomputeHighlight();
}

void ModelScene::onNodeAboutToBeRemoved(NodeId id)
{
    NodeItem *item = m_nodes.take(id);
    if (!item)
        return;
    for (LinkItem *l : m_linksByNode.take(id)) {
        // Normally gone already: a node is removed after its links.
        m_links.remove(l->id());
        m_mergeHover.removeOne(l->id());
        const NodeId other = l->from() == id ? l->to() : l->from();
        m_linksByNode[other].removeOne(l);
        delete l;
    }
    --m_counts[static_cast<size_t>(item->kind())];
    delete item;
    layoutColumns();
    updateExtents();
    scheduleBundles(true);
    if (m_highlight != Highlight::None)
        recomputeHighlight();
}

void ModelScene::onLinkAdded(LinkId id)
{
    if (m_links.contains(id))
        return;
    addLinkItem(id);
    if (m_highlight != Highlight::None)
        recomputeHighlight();
}

void ModelScene::onLinkChanged(LinkId id)
{
    LinkItem *item = m_links.value(id);
    const Link *link = m_model ? m_model->link(id) : nullptr;
    if (item && link)
        item->syncFromModel(*link);
}

void ModelScene::onLinkAboutToBeRemoved(LinkId id)
{
    removeLinkItem(id);
    if (m_highlight != Highlight::None)
        recomputeHighlight();
}

void ModelScene::setDiagnostics(const QList<Diagnostic> &diagnostics)
{
    QHash<NodeId, QList<Diagnostic>> byNode;
    for (const Diagnostic &d : diagnostics) {
        if (!d.model.isNull() && d.model != m_modelId)
            continue;
        for (NodeId n : d.nodes)
            byNode[n] << d;
    }
    for (auto it = m_findings.cbegin(); it != m_findings.cend(); ++it) {
        if (!byNode.contains(it.key())) {
            if (NodeItem *item = m_nodes.value(it.key()))
                item->setDiagnostics({});
        }
    }
    m_findings = byNode;
    for (auto it = m_findings.cbegin(); it != m_findings.cend(); ++it) {
        if (NodeItem *item = m_nodes.value(it.key()))
            item->setDiagnostics(it.value());
    }
}

void ModelScene::highlightChain(const QList<NodeId> &chain)
{
    m_highlight = chain.isEmpty() ? Highlight::None : Highlight::Chain;
    m_highlightChain = chain;
    recomputeHighlight();
}

void ModelScene::highlightPrinciple(int principle)
{
    m_highlight = PrincipleSet::isValid(principle) ? Highlight::Principle : Highlight::None;
    m_highlightPrinciple = principle;
    recomputeHighlight();
}

void ModelScene::recomputeHighlight()
{
    ChainHighlight::Lit lit;
    if (m_model && m_highlight == Highlight::Chain)
        lit = ChainHighlight::chain(*m_model, m_highlightChain);
    else if (m_model && m_highlight == Highlight::Principle)
        lit = ChainHighlight::principle(*m_model, m_highlightPrinciple);
    m_litNodes = lit.nodes;
    m_litLinks = lit.links;
    applyHighlight();
}

bool ModelScene::isDimmed(NodeId id) const
{
    return m_highlight != Highlight::None && !m_printMode && !m_litNodes.contains(id);
}

void ModelScene::applyHighlight()
{
    const bool on = m_highlight != Highlight::None && !m_printMode;
    for (auto it = m_nodes.cbegin(); it != m_nodes.cend(); ++it)
        it.value()->setOpacity(on && !m_litNodes.contains(it.key()) ? dimmedOpacity : 1.0);
    for (auto it = m_links.cbegin(); it != m_links.cend(); ++it)
        it.value()->setOpacity(on && !m_litLinks.contains(it.key()) ? dimmedOpacity : 1.0);
}

void ModelScene::setPrintMode(bool print)
{
    if (print == m_printMode)
        return;
    m_printMode = print;
    if (InlineTitleEditor *e = m_gestures->titleEditor())
        e->setVisible(!print);
    // Paper has narrower columns and leaves out the room kept on screen for double-clicking.
    layoutColumns();
    for (NodeItem *n : std::as_const(m_nodes))
        updateLinksOf(n->id());
    updateBundles(); // junctions follow the cards now: export renders straight away
    updateExtents();
    applyHighlight();
    // On paper cards are drawn directly (text stays text in PDF and SVG); on screen, cached.
    for (NodeItem *n : std::as_const(m_nodes))
        n->setCacheMode(print ? QGraphicsItem::NoCache : QGraphicsItem::DeviceCoordinateCache);
    update();
}

void ModelScene::mousePressEvent(QGraphicsSceneMouseEvent *event)
{
    if (event->button() == Qt::LeftButton && !m_gestures->isConnecting()) {
        // An arrow picks every arrow drawn where it was clicked (merged arrows share stretches).
        const QList<LinkId> arrows = arrowsAt(event->scenePos());
        if (!arrows.isEmpty()) {
            setFocusItem(nullptr, Qt::MouseFocusReason);
            pickArrows(arrows, event->modifiers());
            event->accept();
            return;
        }
    }
    const QList<QGraphicsItem *> under = items(event->scenePos());
    shiftAsControl(event, under.isEmpty() ? nullptr : under.first());
    QGraphicsScene::mousePressEvent(event);
    if (event->button() == Qt::LeftButton && !m_gestures->isConnecting()) {
        QGraphicsItem *grabber = mouseGrabberItem();
        if (grabber && grabber->type() == NodeItem::Type && isEditable())
            m_gestures->dragStarted();
    }
}

void ModelScene::mouseReleaseEvent(QGraphicsSceneMouseEvent *event)
{
    shiftAsControl(event, mouseGrabberItem());
    QGraphicsScene::mouseReleaseEvent(event);
    if (event->button() == Qt::LeftButton)
        m_gestures->dragFinished();
}

void ModelScene::mouseDoubleClickEvent(QGraphicsSceneMouseEvent *event)
{
    if (event->button() != Qt::LeftButton) {
        QGraphicsScene::mouseDoubleClickEvent(event);
        return;
    }
    if (InlineTitleEditor *e = m_gestures->titleEditor()) {
        if (e->sceneBoundingRect().contains(event->scenePos())) {
            QGraphicsScene::mouseDoubleClickEvent(event);
            return;
        }
    }
    if (!isEditable())
        return;
    for (QGraphicsItem *i : items(event->scenePos())) {
        if (i->type() == NodeItem::Type) {
            m_gestures->editTitle(static_cast<NodeItem *>(i)->id());
            event->accept();
            return;
        }
        if (i->type() == LinkItem::Type)
            return;
    }
    if (const auto kind = kindAt(event->scenePos())) {
        m_gestures->beginAddNode(*kind, event->scenePos());
        event->accept();
    }
}

void ModelScene::keyPressEvent(QKeyEvent *event)
{
    if (focusItem()) {
        QGraphicsScene::keyPressEvent(event);
        return;
    }
    const double step = (event->modifiers() & Qt::ShiftModifier) ? 50.0 : 10.0;
    switch (event->key()) {
    case Qt::Key_Up:
        m_gestures->nudgeSelection(QPointF(0, -step));
        break;
    case Qt::Key_Down:
        m_gestures->nudgeSelection(QPointF(0, step));
        break;
    case Qt::Key_Left:
        m_gestures->nudgeSelection(QPointF(-step, 0));
        break;
    case Qt::Key_Right:
        m_gestures->nudgeSelection(QPointF(step, 0));
        break;
    case Qt::Key_Delete:
    case Qt::Key_Backspace:
        m_gestures->deleteSelection();
        break;
    case Qt::Key_Escape:
        if (m_gestures->isConnecting())
            m_gestures->cancelConnect();
        else
            clearSelection();
        break;
    default:
        QGraphicsScene::keyPressEvent(event);
        return;
    }
    event->accept();
}

void ModelScene::beginConnect(NodeItem *from, const QPointF &scenePos)
{
    m_gestures->beginConnect(from, scenePos);
}

void ModelScene::updateConnect(const QPointF &scenePos)
{
    m_gestures->updateConnect(scenePos);
}

void ModelScene::endConnect(const QPointF &scenePos)
{
    m_gestures->endConnect(scenePos);
}

} // namespace el
