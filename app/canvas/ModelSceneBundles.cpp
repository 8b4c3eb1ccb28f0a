// ModelScene, third part: dense bundles of links drawn as merged arrows through a junction,
// and picking them: a click on a stretch several arrows share picks all of them.
#include "canvas/LinkItem.h"
#include "canvas/ModelScene.h"
#include "canvas/NodeItem.h"
#include "model/LogicModel.h"

#include <QGraphicsSceneHelpEvent>
#include <QToolTip>

namespace el {

namespace {
// Arrows this much farther from the point than the nearest one are not drawn there: the lines
// of one stretch of a bundle coincide, those of different stretches part by a pixel or more.
constexpr double sameStretch = 0.5;
constexpr int longestTitle = 40;

QString quotedTitle(const Node &node)
{
    QString title = node.title.simplified();
    if (title.size() > longestTitle)
        title = title.left(longestTitle - 1).trimmed() + QChar(0x2026);
    return QStringLiteral("\u201c%1\u201d").arg(title);
}
} // namespace

void ModelScene::scheduleBundles(bool findAgain)
{
    if (findAgain)
        m_bundlesStale = true;
    else
        m_junctionsStale = true;
    if (!m_bundleTimer.isActive())
        m_bundleTimer.start();
}

void ModelScene::updateBundles()
{
    m_bundleTimer.stop();
    if (m_bundlesStale) {
        m_bundlesStale = false;
        m_junctionsStale = false;
        QSet<LinkId> touched;
        for (auto it = m_bundleOf.cbegin(); it != m_bundleOf.cend(); ++it)
            touched << it.key();
        m_bundles.clear();
        m_bundleOf.clear();
        if (m_model) {
            LayoutOptions options;
            options.cardSize = [this](const Node &n) {
                const NodeItem *item = m_nodes.value(n.id);
                return item ? item->cardRect().size() : QSizeF(200, 80);
            };
            m_bundles = EdgeBundles::find(m_model->data(), options);
        }
        for (int i = 0; i < m_bundles.size(); ++i) {
            for (LinkId l : m_bundles.at(i).links) {
                m_bundleOf.insert(l, i);
                touched << l;
            }
        }
        placeJunctions();
        // Links that joined or left a bundle take their new path.
        for (LinkId l : std::as_const(touched)) {
            if (LinkItem *item = m_links.value(l))
                updateLinkEnds(item);
        }
        return;
    }
    if (m_junctionsStale) {
        m_junctionsStale = false;
        placeJunctions();
        for (auto it = m_bundleOf.cbegin(); it != m_bundleOf.cend(); ++it) {
            if (LinkItem *item = m_links.value(it.key()))
                updateLinkEnds(item);
        }
    }
}

void ModelScene::placeJunctions()
{
    // From the cards as drawn: midway between the sources' right edges and the targets' left
    // edges, at the mean height of the bundle's cards.
    for (EdgeBundle &b : m_bundles) {
        double right = std::numeric_limits<double>::lowest();
        double left = std::numeric_limits<double>::max();
        double ys = 0;
        double yt = 0;
        int ns = 0;
        int nt = 0;
        for (NodeId id : std::as_const(b.sources)) {
            if (const NodeItem *n = m_nodes.value(id)) {
                const QPointF p = n->outPort();
                right = std::max(right, p.x());
                ys += p.y();
                ++ns;
            }
        }
        for (NodeId id : std::as_const(b.targets)) {
            if (const NodeItem *n = m_nodes.value(id)) {
                const QPointF p = n->inPort();
                left = std::min(left, p.x());
                yt += p.y();
                ++nt;
            }
        }
        if (ns > 0 && nt > 0)
            b.junction = QPointF((right + left) / 2, (ys / ns + yt / nt) / 2);
    }
}

QList<LinkId> ModelScene::arrowsAt(const QPointF &scenePos) const
{
    QList<const LinkItem *> under;
    for (const QGraphicsItem *i : items(scenePos)) {
        if (i->type() == LinkItem::Type)
            under << static_cast<const LinkItem *>(i);
        else if (under.isEmpty() && (i->acceptedMouseButtons() & Qt::LeftButton))
            return {}; // a card, or the title editor, above the arrows takes the click
    }
    if (under.isEmpty())
        return {};
    QList<LinkId> out;
    // On a junction: the whole bundle.
    for (const LinkItem *l : std::as_const(under)) {
        const int b = m_bundleOf.value(l->id(), -1);
        if (b >= 0 && l->junction()
            && QLineF(*l->junction(), scenePos).length() <= LinkItem::junctionReach) {
            for (LinkId id : m_bundles.at(b).links) {
                if (m_links.contains(id))
                    out << id;
            }
            break;
        }
    }
    if (out.isEmpty()) {
        // Elsewhere: the line nearest the point, and the arrows of its bundle drawn along it.
        const LinkItem *nearest = nullptr;
        double best = std::numeric_limits<double>::max();
        for (const LinkItem *l : std::as_const(under)) {
            const double d = l->distanceTo(scenePos);
            if (d < best) {
                best = d;
                nearest = l;
            }
        }
        const int b = m_bundleOf.value(nearest->id(), -1);
        for (const LinkItem *l : std::as_const(under)) {
            if (l == nearest
                || (b >= 0 && m_bundleOf.value(l->id(), -1) == b
                    && l->distanceTo(scenePos) <= best + sameStretch))
                out << l->id();
        }
    }
    if (m_model)
        std::sort(out.begin(), out.end(), [this](LinkId a, LinkId b) {
            return m_model->linkIndex(a) < m_model->linkIndex(b);
        });
    return out;
}

QString ModelScene::arrowsRelation(const QList<LinkId> &links) const
{
    if (!m_model)
        return {};
    QList<NodeId> sources;
    QList<NodeId> targets;
    for (LinkId id : links) {
        const Link *l = m_model->link(id);
        if (!l)
            return {};
        if (!sources.contains(l->from))
            sources << l->from;
        if (!targets.contains(l->to))
            targets << l->to;
    }
    if (sources.isEmpty())
        return {};
    // One card by its title, several by their number and kind (a bundle joins two columns).
    const auto side = [this](const QList<NodeId> &ids) {
        const Node *first = m_model->node(ids.first());
        if (!first)
            return QString();
        return ids.size() == 1 ? quotedTitle(*first)
                               : nodeKindCounted(first->kind, static_cast<int>(ids.size()));
    };
    return sources.size() == 1 ? tr("%1 leads to %2").arg(side(sources), side(targets))
                               : tr("%1 lead to %2").arg(side(sources), side(targets));
}

QString ModelScene::mergedArrowsText(const QList<LinkId> &links) const
{
    const QString relation = links.size() < 2 ? QString() : arrowsRelation(links);
    if (relation.isEmpty())
        return {};
    return tr("%n arrow(s) merged here: %1. Click to select them all.", nullptr,
              static_cast<int>(links.size()))
        .arg(relation);
}

void ModelScene::pickArrows(const QList<LinkId> &links, Qt::KeyboardModifiers modifiers)
{
    const bool toggle = modifiers & (Qt::ControlModifier | Qt::ShiftModifier);
    bool allSelected = true;
    for (LinkId id : links) {
        if (const LinkItem *l = m_links.value(id); l && !l->isSelected())
            allSelected = false;
    }
    {
        // One selection change for the lot, as for any other selection.
        QSignalBlocker blocker(this);
        if (!toggle)
            clearSelection();
        for (LinkId id : links) {
            if (LinkItem *l = m_links.value(id))
                l->setSelected(!toggle || !allSelected);
        }
    }
    Q_EMIT selectionChanged();
    if (links.size() > 1 && !(toggle && allSelected)) {
        Q_EMIT statusMessage(
            tr("Selected %n merged arrow(s): %1.", nullptr, static_cast<int>(links.size()))
                .arg(arrowsRelation(links)));
    }
}

void ModelScene::hoverArrows(LinkItem *item, const QPointF &scenePos)
{
    QList<LinkId> lit = m_printMode ? QList<LinkId>() : arrowsAt(scenePos);
    if (lit.size() < 2)
        lit.clear(); // a plain arrow lights itself
    setMergeHover(lit, item->id());
}

void ModelScene::endArrowHover(LinkItem *item)
{
    // The pointer may already be on the next arrow, which lit its own.
    if (item->id() == m_mergeHoverBy)
        setMergeHover({}, {});
}

void ModelScene::setMergeHover(const QList<LinkId> &links, LinkId by)
{
    m_mergeHoverBy = by;
    if (links == m_mergeHover)
        return;
    for (LinkId id : std::as_const(m_mergeHover)) {
        if (LinkItem *l = m_links.value(id))
            l->setMergeHovered(false);
    }
    m_mergeHover = links;
    for (LinkId id : links) {
        if (LinkItem *l = m_links.value(id))
            l->setMergeHovered(true);
    }
}

void ModelScene::helpEvent(QGraphicsSceneHelpEvent *event)
{
    // The tooltip of what a click here would pick: merged arrows in words, one arrow its own.
    const QList<LinkId> arrows = arrowsAt(event->scenePos());
    QString text = mergedArrowsText(arrows);
    if (text.isEmpty() && arrows.size() == 1)
        text = m_links.value(arrows.first())->toolTip();
    QWidget *widget = event->widget();
    if (text.isEmpty() || !widget) {
        QGraphicsScene::helpEvent(event); // a card's
        return;
    }
    // Shown while the pointer stays on the spot: a little farther along a bundle, the arrows
    // drawn there may be others.
    const QPoint at = widget->mapFromGlobal(event->screenPos());
    QToolTip::showText(event->screenPos(), text, widget, QRect(at - QPoint(4, 4), QSize(9, 9)));
    event->setAccepted(true);
}

} // namespace el
