#include "layout/OrderSweeper.h"

#include <algorithm>

namespace el {

namespace {
double medianOf(std::vector<int> &p)
{
    const size_t m = p.size();
    std::sort(p.begin(), p.end());
    if (m % 2 == 1)
        return p[m / 2];
    if (m == 2)
        return (p[0] + p[1]) / 2.0;
    // Weighted median (Gansner et al.): lean towards the side where neighbours are packed.
    const double left = p[m / 2 - 1] - p[0];
    const double right = p[m - 1] - p[m / 2];
    if (left + right == 0)
        return (p[m / 2 - 1] + p[m / 2]) / 2.0;
    return (p[m / 2 - 1] * right + p[m / 2] * left) / (left + right);
}
} // namespace

OrderSweeper::OrderSweeper(LayerOrder &order)
    : m_order(order)
{}

double OrderSweeper::key(int v, bool fromAbove, bool median) const
{
    const LayeredGraph &g = m_order.graph();
    const auto &nbrs = fromAbove ? g.up[static_cast<size_t>(v)] : g.down[static_cast<size_t>(v)];
    if (nbrs.empty())
        return -1.0;
    if (!median) {
        double sum = 0.0;
        for (int n : nbrs)
            sum += m_order.pos(n);
        return sum / static_cast<double>(nbrs.size());
    }
    std::vector<int> &p = m_medianScratch;
    p.clear();
    for (int n : nbrs)
        p.push_back(m_order.pos(n));
    return medianOf(p);
}

void OrderSweeper::sweepLayer(int layer, bool fromAbove, bool median)
{
    if (m_order.hasGroups(layer))
        sweepUnits(layer, fromAbove, median);
    else
        sweepSingles(layer, fromAbove, median);
}

void OrderSweeper::sweepSingles(int layer, bool fromAbove, bool median)
{
    // Single cards only: the keyed movable ones are sorted into the places they hold; the
    // others stay. No allocation once the buffers have grown.
    auto &order = m_order.layer(layer);
    m_sweepKeys.resize(order.size());
    m_keyed.clear();
    for (size_t i = 0; i < order.size(); ++i) {
        const int v = order[i];
        const double k = key(v, fromAbove, median);
        const bool moves = k >= 0.0 && m_order.movable(v);
        m_sweepKeys[i] = moves ? k : -1.0;
        if (moves)
            m_keyed.emplace_back(k, v);
    }
    std::stable_sort(m_keyed.begin(), m_keyed.end(),
                     [](const auto &a, const auto &b) { return a.first < b.first; });
    size_t next = 0;
    for (size_t i = 0; i < order.size(); ++i) {
        if (m_sweepKeys[i] >= 0.0)
            order[i] = m_keyed[next++].second;
    }
    m_order.syncPositions(layer);
}

void OrderSweeper::sweepUnits(int layer, bool fromAbove, bool median)
{
    // A movable strand's key is the mean of its members' keys; members are sorted inside it.
    auto &order = m_order.layer(layer);
    const std::vector<LayerOrder::Unit> us = m_order.units(layer);
    std::vector<double> memberKey(order.size());
    for (size_t i = 0; i < order.size(); ++i)
        memberKey[i] = key(order[i], fromAbove, median);

    std::vector<double> unitKey(us.size(), -1.0);
    std::vector<int> keyed;
    for (size_t u = 0; u < us.size(); ++u) {
        double sum = 0.0;
        int n = 0;
        for (int i = us[u].begin; i < us[u].end; ++i) {
            if (memberKey[static_cast<size_t>(i)] >= 0.0) {
                sum += memberKey[static_cast<size_t>(i)];
                ++n;
            }
        }
        if (n > 0 && m_order.unitMovable(layer, us[u])) {
            unitKey[u] = sum / n;
            keyed.push_back(static_cast<int>(u));
        }
    }
    std::vector<int> sorted = keyed;
    std::stable_sort(sorted.begin(), sorted.end(), [&unitKey](int a, int b) {
        return unitKey[static_cast<size_t>(a)] < unitKey[static_cast<size_t>(b)];
    });

    std::vector<int> out;
    out.reserve(order.size());
    size_t next = 0;
    std::vector<std::pair<double, int>> members;
    for (size_t u = 0; u < us.size(); ++u) {
        const int take = unitKey[u] >= 0.0 ? sorted[next++] : static_cast<int>(u);
        const LayerOrder::Unit &src = us[static_cast<size_t>(take)];
        members.clear();
        for (int i = src.begin; i < src.end; ++i) {
            const double k = memberKey[static_cast<size_t>(i)];
            members.emplace_back(k >= 0.0 ? k : unitKey[static_cast<size_t>(take)], i);
        }
        if (members.size() > 1 && m_order.unitMovable(layer, src))
            std::stable_sort(members.begin(), members.end(),
                             [](const auto &a, const auto &b) { return a.first < b.first; });
        for (const auto &m : members)
            out.push_back(order[static_cast<size_t>(m.second)]);
    }
    order = std::move(out);
    m_order.syncPositions(layer);
}

void OrderSweeper::sweep(bool downwards, bool median)
{
    const int n = m_order.layerCount();
    if (downwards) {
        for (int l = 1; l < n; ++l)
            sweepLayer(l, true, median);
    } else {
        for (int l = n - 2; l >= 0; --l)
            sweepLayer(l, false, median);
    }
}

} // namespace el
