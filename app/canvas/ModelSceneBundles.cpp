// ModelScene, third part: dense bundles of links drawn as merged arrows through a junction.
#include "canvas/LinkItem.h"
#include "canvas/ModelScene.h"
#include "canvas/NodeItem.h"
#include "model/LogicModel.h"

namespace el {

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

} // namespace el
