#include "layout/OrderOptimizer.h"

#include <algorithm>
#include <numeric>

namespace el {

namespace {
// Crossings among edges of a first block above a second: pairs whose ends are inverted.
qint64 crossPair(const std::vector<int> &first, const std::vector<int> &second)
{
    qint64 c = 0;
    size_t j = 0;
    for (int x : first) {
        while (j < second.size() && second[j] < x)
            ++j;
        c += static_cast<qint64>(j);
    }
    return c;
}

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

constexpr int maxIterations = 24;
constexpr int patience = 6;
constexpr int maxTransposePasses = 64;
} // namespace

OrderOptimizer::OrderOptimizer(LayeredGraph &graph)
    : m_g(graph)
    , m_pos(graph.vertices.size(), 0)
    , m_localIndex(graph.vertices.size(), -1)
{
    for (int l = 0; l < m_g.layerCount(); ++l)
        syncPositions(l);
    m_rank = m_pos;
}

void OrderOptimizer::syncPositions(int layer)
{
    const auto &order = m_g.layers[static_cast<size_t>(layer)];
    for (size_t i = 0; i < order.size(); ++i)
        m_pos[static_cast<size_t>(order[i])] = static_cast<int>(i);
}

qint64 OrderOptimizer::crossings()
{
    qint64 total = 0;
    for (int l = 0; l + 1 < m_g.layerCount(); ++l) {
        total += m_counter.count(m_g.layers[static_cast<size_t>(l)], m_g.down, m_pos,
                                 static_cast<int>(m_g.layers[static_cast<size_t>(l + 1)].size()));
    }
    return total;
}

std::vector<OrderOptimizer::Unit> OrderOptimizer::units(int layer) const
{
    const auto &order = m_g.layers[static_cast<size_t>(layer)];
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

bool OrderOptimizer::unitMovable(int layer, const Unit &u) const
{
    const auto &order = m_g.layers[static_cast<size_t>(layer)];
    for (int i = u.begin; i < u.end; ++i) {
        if (!m_g.vertices[static_cast<size_t>(order[static_cast<size_t>(i)])].movable)
            return false;
    }
    return true;
}

int OrderOptimizer::unitRank(int layer, const Unit &u) const
{
    const auto &order = m_g.layers[static_cast<size_t>(layer)];
    int r = std::numeric_limits<int>::max();
    for (int i = u.begin; i < u.end; ++i)
        r = std::min(r, m_rank[static_cast<size_t>(order[static_cast<size_t>(i)])]);
    return r;
}

double OrderOptimizer::key(int v, bool fromAbove, bool median) const
{
    const auto &nbrs
        = fromAbove ? m_g.up[static_cast<size_t>(v)] : m_g.down[static_cast<size_t>(v)];
    if (nbrs.empty())
        return -1.0;
    if (!median) {
        double sum = 0.0;
        for (int n : nbrs)
            sum += m_pos[static_cast<size_t>(n)];
        return sum / static_cast<double>(nbrs.size());
    }
    std::vector<int> p;
    p.reserve(nbrs.size());
    for (int n : nbrs)
        p.push_back(m_pos[static_cast<size_t>(n)]);
    return medianOf(p);
}

void OrderOptimizer::sweepLayer(int layer, bool fromAbove, bool median)
{
    auto &order = m_g.layers[static_cast<size_t>(layer)];
    const std::vector<Unit> us = units(layer);
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
        if (n > 0 && unitMovable(layer, us[u])) {
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
        const Unit &src = us[static_cast<size_t>(take)];
        members.clear();
        for (int i = src.begin; i < src.end; ++i) {
            const double k = memberKey[static_cast<size_t>(i)];
            members.emplace_back(k >= 0.0 ? k : unitKey[static_cast<size_t>(take)], i);
        }
        if (members.size() > 1 && unitMovable(layer, src))
            std::stable_sort(members.begin(), members.end(),
                             [](const auto &a, const auto &b) { return a.first < b.first; });
        for (const auto &m : members)
            out.push_back(order[static_cast<size_t>(m.second)]);
    }
    order = std::move(out);
    syncPositions(layer);
}

void OrderOptimizer::sweep(bool downwards, bool median)
{
    const int n = m_g.layerCount();
    if (downwards) {
        for (int l = 1; l < n; ++l)
            sweepLayer(l, true, median);
    } else {
        for (int l = n - 2; l >= 0; --l)
            sweepLayer(l, false, median);
    }
}

void OrderOptimizer::prepareSides(int layer)
{
    const auto &order = m_g.layers[static_cast<size_t>(layer)];
    m_above.resize(std::max(m_above.size(), order.size()));
    m_below.resize(std::max(m_below.size(), order.size()));
    for (size_t i = 0; i < order.size(); ++i) {
        const int v = order[i];
        m_localIndex[static_cast<size_t>(v)] = static_cast<int>(i);
        auto &a = m_above[i];
        a.clear();
        for (int n : m_g.up[static_cast<size_t>(v)])
            a.push_back(m_pos[static_cast<size_t>(n)]);
        std::sort(a.begin(), a.end());
        auto &b = m_below[i];
        b.clear();
        for (int n : m_g.down[static_cast<size_t>(v)])
            b.push_back(m_pos[static_cast<size_t>(n)]);
        std::sort(b.begin(), b.end());
    }
}

void OrderOptimizer::gather(int begin, int end, bool above, std::vector<int> &out) const
{
    out.clear();
    for (int i = begin; i < end; ++i) {
        const int local
            = m_localIndex[static_cast<size_t>(m_currentOrder->at(static_cast<size_t>(i)))];
        const auto &src
            = above ? m_above[static_cast<size_t>(local)] : m_below[static_cast<size_t>(local)];
        out.insert(out.end(), src.begin(), src.end());
    }
    std::sort(out.begin(), out.end());
}

qint64 OrderOptimizer::swapDelta(const Unit &a, const Unit &b)
{
    gather(a.begin, a.end, true, m_tmpA);
    gather(b.begin, b.end, true, m_tmpB);
    gather(a.begin, a.end, false, m_tmpC);
    gather(b.begin, b.end, false, m_tmpD);
    const qint64 now = crossPair(m_tmpA, m_tmpB) + crossPair(m_tmpC, m_tmpD);
    const qint64 swapped = crossPair(m_tmpB, m_tmpA) + crossPair(m_tmpD, m_tmpC);
    m_lastPairCrossings = now;
    return swapped - now;
}

void OrderOptimizer::swapUnits(int layer, const Unit &a, const Unit &b)
{
    auto &order = m_g.layers[static_cast<size_t>(layer)];
    std::rotate(order.begin() + a.begin, order.begin() + b.begin, order.begin() + b.end);
    for (int i = a.begin; i < b.end; ++i)
        m_pos[static_cast<size_t>(order[static_cast<size_t>(i)])] = i;
}

bool OrderOptimizer::transposeLayer(int layer, Mode mode)
{
    prepareSides(layer);
    m_currentOrder = &m_g.layers[static_cast<size_t>(layer)];
    auto accept = [&](qint64 delta, const Unit &a, const Unit &b) {
        if (delta < 0)
            return true;
        if (delta > 0)
            return false;
        if (mode == Mode::AllowEqual)
            return m_lastPairCrossings > 0;
        if (mode == Mode::RestoreUserOrder)
            return unitRank(layer, b) < unitRank(layer, a);
        return false;
    };
    bool any = false;
    for (int pass = 0; pass < maxTransposePasses; ++pass) {
        bool changed = false;
        std::vector<Unit> us = units(layer);
        // Members inside a strand.
        for (const Unit &u : us) {
            if (u.end - u.begin < 2 || !unitMovable(layer, u))
                continue;
            for (int i = u.begin; i + 1 < u.end; ++i) {
                const Unit a{i, i + 1};
                const Unit b{i + 1, i + 2};
                if (accept(swapDelta(a, b), a, b)) {
                    swapUnits(layer, a, b);
                    changed = true;
                }
            }
        }
        // Whole units (single cards or strands).
        for (size_t k = 0; k + 1 < us.size(); ++k) {
            const Unit a = us[k];
            const Unit b = us[k + 1];
            if (!unitMovable(layer, a) || !unitMovable(layer, b))
                continue;
            if (accept(swapDelta(a, b), a, b)) {
                swapUnits(layer, a, b);
                const int split = a.begin + (b.end - b.begin);
                us[k] = {a.begin, split};
                us[k + 1] = {split, b.end};
                changed = true;
            }
        }
        if (!changed)
            break;
        any = true;
    }
    m_currentOrder = nullptr;
    return any;
}

void OrderOptimizer::transposeAll(Mode mode, int maxRounds)
{
    for (int round = 0; round < maxRounds; ++round) {
        bool changed = false;
        for (int l = 0; l < m_g.layerCount(); ++l)
            changed = transposeLayer(l, mode) || changed;
        if (!changed)
            break;
    }
}

void OrderOptimizer::run()
{
    m_initialCrossings = crossings();
    if (m_initialCrossings == 0)
        return;
    const std::vector<std::vector<int>> start = m_g.layers;
    std::vector<std::vector<int>> best = start;
    qint64 bestCrossings = m_initialCrossings;

    for (const bool median : {true, false}) {
        m_g.layers = start;
        for (int l = 0; l < m_g.layerCount(); ++l)
            syncPositions(l);
        int stale = 0;
        for (int iter = 0; iter < maxIterations && bestCrossings > 0; ++iter) {
            sweep(iter % 2 == 0, median);
            transposeAll(iter % 4 >= 2 ? Mode::AllowEqual : Mode::Strict, 8);
            const qint64 c = crossings();
            if (c < bestCrossings) {
                bestCrossings = c;
                best = m_g.layers;
                stale = 0;
            } else if (++stale >= patience) {
                break;
            }
        }
    }

    m_g.layers = best;
    for (int l = 0; l < m_g.layerCount(); ++l)
        syncPositions(l);
    transposeAll(Mode::Strict, 16);
    transposeAll(Mode::RestoreUserOrder, 16);
}

} // namespace el
