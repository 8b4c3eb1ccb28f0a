#include "layout/LayerOrder.h"

#include <algorithm>
#include <limits>

namespace el {

LayerOrder::LayerOrder(LayeredGraph &graph)
    : m_g(graph)
    , m_pos(graph.vertices.size(), 0)
{
    for (int l = 0; l < m_g.layerCount(); ++l)
        syncPositions(l);
    m_rank = m_pos;
    m_layerHasGroups.assign(m_g.layers.size(), 0);
    for (const auto &v : m_g.vertices) {
        if (v.group >= 0)
            m_layerHasGroups[static_cast<size_t>(v.layer)] = 1;
    }
}

void LayerOrder::syncPositions(int l)
{
    const auto &order = layer(l);
    for (size_t i = 0; i < order.size(); ++i)
        m_pos[static_cast<size_t>(order[i])] = static_cast<int>(i);
}

void LayerOrder::setOrder(const std::vector<std::vector<int>> &layers)
{
    m_g.layers = layers;
    for (int l = 0; l < m_g.layerCount(); ++l)
        syncPositions(l);
}

qint64 LayerOrder::crossings()
{
    qint64 total = 0;
    for (int l = 0; l + 1 < m_g.layerCount(); ++l)
        total += m_counter.count(layer(l), m_g.down, m_pos, static_cast<int>(layer(l + 1).size()));
    return total;
}

std::vector<LayerOrder::Unit> LayerOrder::units(int l) const
{
    const auto &order = layer(l);
    std::vector<Unit> out;
    int i = 0;
    const int n = static_cast<int>(order.size());
    while (i < n) {
        const int g = m_g.vertices[static_cast<size_t>(order[static_cast<size_t>(i)])].group;
        int j = i + 1;
        while (g >= 0 && j < n
               && m_g.vertices[static_cast<size_t>(order[static_cast<size_t>(j)])].group == g)
            ++j;
        out.push_back({i, j});
        i = j;
    }
    return out;
}

bool LayerOrder::unitMovable(int l, const Unit &u) const
{
    const auto &order = layer(l);
    for (int i = u.begin; i < u.end; ++i) {
        if (!movable(order[static_cast<size_t>(i)]))
            return false;
    }
    return true;
}

int LayerOrder::unitRank(int l, const Unit &u) const
{
    const auto &order = layer(l);
    int r = std::numeric_limits<int>::max();
    for (int i = u.begin; i < u.end; ++i)
        r = std::min(r, rank(order[static_cast<size_t>(i)]));
    return r;
}

} // namespace el
