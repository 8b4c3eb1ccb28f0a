#include "canvas/ModelScene.h"

#include "canvas/CanvasStyle.h"
#include "canvas/ColumnItem.h"
#include "canvas/GroupBandItem.h"
#include "canvas/LinkItem.h"
#include "canvas/NodeItem.h"
#include "canvas/SceneGestures.h"
#include "document/Document.h"
#include "model/LogicModel.h"

#include <QGraphicsSceneMouseEvent>
#include <QKeyEvent>
#include <QPainter>

namespace el {

using namespace CanvasStyle;

ModelScene::ModelScene(Document *document, QObject *parent)
    : QGraphicsScene(parent)
    , m_document(document)
    , m_gestures(std::make_unique<SceneGestures>(this))
{
    setItemIndexMethod(QGraphicsScene::BspTreeIndex);
    m_bundleTimer.setSingleShot(true);
    m_bundleTimer.setInterval(0);
    connect(&m_bundleTimer, &QTimer::timeout, this, &ModelScene::updateBundles);
    for (int k = 0; k < nodeKindCount; ++k) {
        auto *c = new ColumnItem(static_cast<NodeKind>(k), k);
        m_columns[static_cast<size_t>(k)] = c;
        addItem(c);
    }
    if (m_document && m_document->project()) {
        connect(m_document->project(), &Project::modelAboutToBeRemoved, this, [this](ModelId id) {
            if (id == m_modelId)
                setModel({});
        });
    }
    layoutColumns(true);
}

ModelScene::~ModelScene()
{
    m_gestures->reset();
    for (const auto &c : std::as_const(m_connections))
        disconnect(c);
}

LogicModel *ModelScene::model() const
{
    return m_model.data();
}

ColumnItem *ModelScene::columnItem(NodeKind kind) const
{
    return m_columns[static_cast<size_t>(nodeKindColumn(kind))];
}

void ModelScene::setModel(ModelId id)
{
    m_gestures->reset();
    m_pendingKind.reset();
    for (const auto &c : std::as_const(m_connections))
        disconnect(c);
    m_connections.clear();
    clearItems();
    m_highlight = Highlight::None;
    m_modelId = id;
    m_model = (m_document && m_document->project() && !id.isNull())
                  ? m_document->project()->model(id)
                  : nullptr;
    if (!m_model)
        m_modelId = {};
    if (m_model) {
        LogicModel *m = m_model;
        m_connections << connect(m, &LogicModel::nodeAdded, this, &ModelScene::onNodeAdded)
                      << connect(m, &LogicModel::nodeChanged, this,
                                 [this](NodeId n, NodeFields f) { onNodeChanged(n, f.toInt()); })
                      << connect(m, &LogicModel::nodeAboutToBeRemoved, this,
                                 &ModelScene::onNodeAboutToBeRemoved)
                      << connect(m, &LogicModel::linkAdded, this, &ModelScene::onLinkAdded)
                      << connect(m, &LogicModel::linkChanged, this,
                                 [this](LinkId l) { onLinkChanged(l); })
                      << connect(m, &LogicModel::linkAboutToBeRemoved, this,
                                 &ModelScene::onLinkAboutToBeRemoved);
        buildItems();
    }
    layoutColumns(true);
    updateExtents();
    m_bundlesStale = true;
    updateBundles();
    Q_EMIT modelReset();
}

void ModelScene::clearItems()
{
    for (LinkItem *l : std::as_const(m_links))
        delete l;
    for (NodeItem *n : std::as_const(m_nodes))
        delete n;
    for (GroupBandItem *g : std::as_const(m_groups))
        delete g;
    m_links.clear();
    m_nodes.clear();
    m_linksByNode.clear();
    m_groups.clear();
    m_bundles.clear();
    m_bundleOf.clear();
    m_mergeHover.clear();
    m_counts = {};
    m_litNodes.clear();
    m_litLinks.clear();
}

void ModelScene::buildItems()
{
    for (const Node &n : m_model->nodes())
        addNodeItem(n);
    for (const Link &l : m_model->links())
        addLinkItem(l.id);
    countKinds();
    // Apply the current findings to the new cards.
    for (auto it = m_findings.cbegin(); it != m_findings.cend(); ++it) {
        if (NodeItem *item = m_nodes.value(it.key()))
            item->setDiagnostics(it.value());
    }
}

void ModelScene::addNodeItem(const Node &node)
{
    auto *item = new NodeItem(node);
    const bool editable = isEditable();
    item->setFlag(QGraphicsItem::ItemIsMovable, editable);
    if (m_printMode)
        item->setCacheMode(QGraphicsItem::NoCache);
    m_nodes.insert(node.id, item);
    if (!isAnnotation(node.kind))
        item->setColumnX(m_layout.cardLeft(node.kind));
    item->setPos(cardPosition(node.kind, node.pos));
    addItem(item);
}

void ModelScene::addLinkItem(LinkId id)
{
    const Link *link = m_model->link(id);
    if (!link)
        return;
    auto *item = new LinkItem(*link);
    m_links.insert(id, item);
    m_linksByNode[link->from] << item;
    m_linksByNode[link->to] << item;
    updateLinkEnds(item);
    addItem(item);
    scheduleBundles(true);
}

void ModelScene::removeLinkItem(LinkId id)
{
    LinkItem *item = m_links.take(id);
    if (!item)
        return;
    m_linksByNode[item->from()].removeOne(item);
    m_linksByNode[item->to()].removeOne(item);
    m_mergeHover.removeOne(id); // an undo brings back a new item, not lit
    delete item;
    scheduleBundles(true);
}

void ModelScene::updateLinkEnds(LinkItem *item)
{
    NodeItem *a = m_nodes.value(item->from());
    NodeItem *b = m_nodes.value(item->to());
    if (!a || !b)
        return;
    const int bundle = m_bundleOf.value(item->id(), -1);
    if (bundle >= 0)
        item->setEnds(a->outPort(), b->inPort(), m_bundles.at(bundle).junction);
    else
        item->setEnds(a->outPort(), b->inPort());
}

void ModelScene::updateLinksOf(NodeId id)
{
    const auto it = m_linksByNode.constFind(id);
    if (it == m_linksByNode.cend())
        return;
    for (LinkItem *l : it.value()) {
        updateLinkEnds(l);
        if (m_bundleOf.contains(l->id()))
            scheduleBundles(false);
    }
}

void ModelScene::nodeItemMoved(NodeItem *item)
{
    updateLinksOf(item->id());
}

void ModelScene::countKinds()
{
    m_counts = {};
    for (const NodeItem *n : std::as_const(m_nodes))
        ++m_counts[static_cast<size_t>(n->kind())];
}

void ModelScene::setPendingKind(std::optional<NodeKind> kind)
{
    m_pendingKind = kind;
    layoutColumns();
    updateExtents();
}

QPointF ModelScene::cardPosition(NodeKind kind, const QPointF &modelPos) const
{
    // Chain cards keep their stored height but always sit in their kind's column; annotation
    // cards are placed by the band's flow (updateExtents), their stored x only orders them.
    if (isAnnotation(kind))
        return modelPos;
    return QPointF(m_layout.cardLeft(kind), modelPos.y());
}

void ModelScene::layoutColumns(bool force)
{
    auto counts = m_counts;
    if (m_pendingKind)
        ++counts[static_cast<size_t>(*m_pendingKind)];
    ColumnLayout layout(counts, m_printMode);
    if (!force && m_layoutValid && layout == m_layout)
        return;
    m_layout = layout;
    m_layoutValid = true;
    for (NodeItem *n : std::as_const(m_nodes)) {
        if (isAnnotation(n->kind()))
            continue;
        n->setColumnX(m_layout.cardLeft(n->kind()));
        n->setPos(m_layout.cardLeft(n->kind()), n->y());
    }
}

void ModelScene::updateExtents()
{
    // Vertical extent of the chain cards, and of each strand.
    double top = 0;
    double bottom = 260;
    bool any = false;
    QHash<QString, QRectF> groups;
    const LogicModel *m = m_model;
    for (const NodeItem *n : std::as_const(m_nodes)) {
        if (isAnnotation(n->kind()))
            continue;
        const QRectF r = n->sceneBoundingRect().adjusted(4, 9, -(handleRadius + 4), -4);
        if (!any) {
            top = r.top();
            bottom = r.bottom();
            any = true;
        } else {
            top = std::min(top, r.top());
            bottom = std::max(bottom, r.bottom());
        }
        if (m) {
            const Node *node = m->node(n->id());
            if (node && !node->group.isEmpty())
                groups[node->group] |= r;
        }
    }
    // On screen, room below the cards to double-click; on paper only a small margin.
    const double columnTop = top - contentTopMargin - headerHeight;
    const double columnBottom = bottom + (m_printMode ? printBottomMargin : contentBottomMargin);
    for (const auto &c : m_layout.columns()) {
        ColumnItem *item = columnItem(c.kind);
        item->setGeometry(QRectF(c.left, columnTop, c.width, columnBottom - columnTop),
                          c.collapsed);
        item->setCount(m_counts[static_cast<size_t>(c.kind)]);
    }
    updateGroups(groups);

    // The annotations band: assumptions on the left half, external factors on the right.
    const double bandTop = columnBottom + bandGap;
    const double fullWidth = m_layout.right() - m_layout.left();
    const double half = (fullWidth - columnGap) / 2;
    double bottomA = bandTop;
    double bottomE = bandTop;
    layoutAnnotations(bandTop, m_layout.left(), half, NodeKind::Assumption, bottomA);
    layoutAnnotations(bandTop, m_layout.left() + half + columnGap, half, NodeKind::ExternalFactor,
                      bottomE);
    const double bandMinimum = m_printMode ? 8 : 90; // on screen: room to double-click
    const double bandBottom
        = std::max({bottomA, bottomE, bandTop + bandHeaderHeight + bandMinimum});
    columnItem(NodeKind::Assumption)
        ->setGeometry(QRectF(m_layout.left(), bandTop, half, bandBottom - bandTop), false);
    columnItem(NodeKind::ExternalFactor)
        ->setGeometry(
            QRectF(m_layout.left() + half + columnGap, bandTop, half, bandBottom - bandTop), false);
    columnItem(NodeKind::Assumption)->setCount(m_counts[static_cast<size_t>(NodeKind::Assumption)]);
    columnItem(NodeKind::ExternalFactor)
        ->setCount(m_counts[static_cast<size_t>(NodeKind::ExternalFactor)]);

    const QRectF content(m_layout.left(), columnTop, fullWidth, bandBottom - columnTop);
    // A screen scene keeps its scrolling area while it briefly prints (renderContent).
    if (!m_printMode || sceneRect().isEmpty() || !sceneRect().contains(content))
        setSceneRect(content.adjusted(-400, -300, 400, 300));
    if (content != m_contentRect) {
        m_contentRect = content;
        Q_EMIT contentRectChanged(content);
    }
}

void ModelScene::layoutAnnotations(double top, double left, double width, NodeKind kind,
                                   double &bottom)
{
    QList<QPair<QPointF, NodeItem *>> cards;
    const LogicModel *m = m_model;
    for (NodeItem *n : std::as_const(m_nodes)) {
        if (n->kind() != kind)
            continue;
        const Node *node = m ? m->node(n->id()) : nullptr;
        cards << qMakePair(node ? node->pos : n->pos(), n);
    }
    // Stored x orders the cards (then y), so a drag along the band reorders them.
    std::sort(cards.begin(), cards.end(), [](const auto &a, const auto &b) {
        if (a.first.x() != b.first.x())
            return a.first.x() < b.first.x();
        return a.first.y() < b.first.y();
    });
    const int perRow = std::max(1, static_cast<int>((width - 16) / annotationPitch));
    double rowTop = top + bandHeaderHeight + 12;
    double rowHeight = 0;
    bottom = rowTop;
    for (int i = 0; i < cards.size(); ++i) {
        if (i > 0 && i % perRow == 0) {
            rowTop += rowHeight + annotationRowGap;
            rowHeight = 0;
        }
        NodeItem *n = cards.at(i).second;
        n->setColumnX(std::nullopt);
        n->setPos(left + 12 + (i % perRow) * annotationPitch, rowTop);
        rowHeight = std::max(rowHeight, n->cardRect().height());
        bottom = rowTop + rowHeight + 16;
    }
}

void ModelScene::updateGroups(const QHash<QString, QRectF> &extents)
{
    for (auto it = m_groups.begin(); it != m_groups.end();) {
        if (!extents.contains(it.key())) {
            delete it.value();
            it = m_groups.erase(it);
        } else {
            ++it;
        }
    }
    QStringList names = extents.keys();
    names.sort(Qt::CaseInsensitive);
    for (int i = 0; i < names.size(); ++i) {
        const QString &name = names.at(i);
        GroupBandItem *&band = m_groups[name];
        if (!band) {
            band = new GroupBandItem(name, i);
            addItem(band);
        }
        const QRectF r = extents.value(name);
        band->setGeometry(QRectF(m_layout.left() + 4, r.top() - groupBandPadding - 6,
                                 m_layout.right() - m_layout.left() - 8,
                                 r.height() + 2 * groupBandPadding + 6));
    }
}

std::optional<NodeKind> ModelScene::kindAt(const QPointF &p) const
{
    for (NodeKind k : {NodeKind::Assumption, NodeKind::ExternalFactor}) {
        if (columnItem(k)->columnRect().contains(p))
            return k;
    }
    const QRectF chainArea(m_layout.left() - columnGap,
                           columnItem(NodeKind::Input)->columnRect().top(),
                           m_layout.right() - m_layout.left() + 2 * columnGap,
                           columnItem(NodeKind::Input)->columnRect().height());
    if (!chainArea.contains(p))
        return std::nullopt;
    return m_layout.columnAt(p.x());
}

QPointF ModelScene::freeSpot(NodeKind kind) const
{
    if (isAnnotation(kind))
        return QPointF(1e9, 0); // appended at the end of its half of the band
    bool any = false;
    double bottom = 0;
    double top = 0;
    for (const NodeItem *n : std::as_const(m_nodes)) {
        if (isAnnotation(n->kind()))
            continue;
        top = any ? std::min(top, n->y()) : n->y();
        if (n->kind() == kind)
            bottom = std::max(bottom, n->y() + n->cardRect().height() + 24);
        any = true;
    }
    if (bottom > 0)
        return QPointF(m_layout.cardLeft(kind), bottom);
    return QPointF(m_layout.cardLeft(kind), any ? top : 0);
}

bool ModelScene::isEditable() const
{
    // A read-only document is still editable on screen (the banner offers Save As); only the
    // file on disk is protected.
    return m_model && m_document;
}

QList<NodeId> ModelScene::selectedNodeIds() const
{
    QList<NodeId> out;
    for (QGraphicsItem *i : selectedItems()) {
        if (i->type() == NodeItem::Type)
            out << static_cast<NodeItem *>(i)->id();
    }
    // Model order, so that commands and copies are stable.
    if (m_model)
        std::sort(out.begin(), out.end(), [this](NodeId a, NodeId b) {
            return m_model->nodeIndex(a) < m_model->nodeIndex(b);
        });
    return out;
}

QList<LinkId> ModelScene::selectedLinkIds() const
{
    QList<LinkId> out;
    for (QGraphicsItem *i : selectedItems()) {
        if (i->type() == LinkItem::Type)
            out << static_cast<LinkItem *>(i)->id();
    }
    if (m_model)
        std::sort(out.begin(), out.end(), [this](LinkId a, LinkId b) {
            return m_model->linkIndex(a) < m_model->linkIndex(b);
        });
    return out;
}

void ModelScene::selectNodes(const QList<NodeId> &ids)
{
    QSignalBlocker blocker(this);
    clearSelection();
    for (NodeId id : ids) {
        if (NodeItem *n = m_nodes.value(id))
            n->setSelected(true);
    }
    blocker.unblock();
    Q_EMIT selectionChanged();
}

QRectF ModelScene::nodesRect(const QList<NodeId> &ids) const
{
    QRectF r;
    for (NodeId id : ids) {
        if (const NodeItem *n = m_nodes.value(id))
            r |= n->sceneBoundingRect();
    }
    return r;
}

void ModelScene::renderContent(QPainter *painter, const QRectF &target)
{
    const bool old = m_printMode;
    updateBundles();
    setPrintMode(true);
    render(painter, target, m_contentRect, Qt::KeepAspectRatio);
    setPrintMode(old);
}

void ModelScene::drawBackground(QPainter *painter, const QRectF &rect)
{
    const QColor colour = m_printMode ? m_printBackground : canvasBackground();
    if (colour.alpha() > 0)
        painter->fillRect(rect, colour);
}

} // namespace el
