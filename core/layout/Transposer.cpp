#include "layout/Transposer.h"

#include <algorithm>

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

// The same, on raw sorted ranges.
qint64 crossRange(const int *a, const int *aEnd, const int *b, const int *bEnd)
{
    qint64 c = 0;
    const int *j = b;
    for (; a != aEnd; ++a) {
        while (j != bEnd && *j < *a)
            ++j;
        c += j - b;
    }
    return c;
}
} // namespace

Transposer::Transposer(LayerOrder &order, NeighbourSides &sides)
    : m_order(order)
    , m_sides(sides)
{}

void Transposer::gather(int begin, int end, bool above, std::vector<int> &out) const
{
    out.clear();
    for (int i = begin; i < end; ++i) {
        const int local
            = m_sides.localIndex[static_cast<size_t>(m_currentOrder->at(static_cast<size_t>(i)))];
        const auto &src = above ? m_sides.above[static_cast<size_t>(local)]
                                : m_sides.below[static_cast<size_t>(local)];
        out.insert(out.end(), src.begin(), src.end());
    }
    std::sort(out.begin(), out.end());
}

const std::vector<int> &Transposer::side(const Unit &u, bool above, std::vector<int> &scratch) const
{
    if (u.end - u.begin == 1) {
        const int v = (*m_currentOrder)[static_cast<size_t>(u.begin)];
        const size_t local = static_cast<size_t>(m_sides.localIndex[static_cast<size_t>(v)]);
        return above ? m_sides.above[local] : m_sides.below[local];
    }
    gather(u.begin, u.end, above, scratch);
    return scratch;
}

qint64 Transposer::swapDelta(const Unit &a, const Unit &b)
{
    const auto &aAbove = side(a, true, m_tmpA);
    const auto &bAbove = side(b, true, m_tmpB);
    const auto &aBelow = side(a, false, m_tmpC);
    const auto &bBelow = side(b, false, m_tmpD);
    const qint64 now = crossPair(aAbove, bAbove) + crossPair(aBelow, bBelow);
    const qint64 swapped = crossPair(bAbove, aAbove) + crossPair(bBelow, aBelow);
    m_lastPairCrossings = now;
    return swapped - now;
}

void Transposer::swapUnits(int layer, const Unit &a, const Unit &b)
{
    auto &order = m_order.layer(layer);
    std::rotate(order.begin() + a.begin, order.begin() + b.begin, order.begin() + b.end);
    for (int i = a.begin; i < b.end; ++i)
        m_order.setPos(order[static_cast<size_t>(i)], i);
}

bool Transposer::transposeLayer(int layer, Mode mode, int maxPasses)
{
    m_sides.prepare(m_order, layer);
    m_currentOrder = &m_order.layer(layer);
    auto accept = [&](qint64 delta, const Unit &a, const Unit &b) {
        if (delta < 0)
            return true;
        if (delta > 0)
            return false;
        if (mode == Mode::AllowEqual)
            return m_lastPairCrossings > 0;
        if (mode == Mode::RestoreUserOrder)
            return m_order.unitRank(layer, b) < m_order.unitRank(layer, a);
        return false;
    };
    if (!m_order.hasGroups(layer)) {
        const bool any = transposeSingles(layer, mode, maxPasses);
        m_currentOrder = nullptr;
        return any;
    }
    bool any = false;
    for (int pass = 0; pass < maxPasses; ++pass) {
        bool changed = false;
        m_gain = 0;
        std::vector<Unit> us = m_order.units(layer);
        // Members inside a strand.
        for (const Unit &u : us) {
            if (u.end - u.begin < 2 || !m_order.unitMovable(layer, u))
                continue;
            for (int i = u.begin; i + 1 < u.end; ++i) {
                const Unit a{i, i + 1};
                const Unit b{i + 1, i + 2};
                const qint64 delta = swapDelta(a, b);
                if (accept(delta, a, b)) {
                    swapUnits(layer, a, b);
                    changed = true;
                    m_gain -= delta;
                }
            }
        }
        // Whole units (single cards or strands).
        for (size_t k = 0; k + 1 < us.size(); ++k) {
            const Unit a = us[k];
            const Unit b = us[k + 1];
            if (!m_order.unitMovable(layer, a) || !m_order.unitMovable(layer, b))
                continue;
            const qint64 delta = swapDelta(a, b);
            if (accept(delta, a, b)) {
                m_gain -= delta;
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
        // Swaps that only trade one crossing for another are tried once per call.
        if (mode == Mode::AllowEqual && m_gain == 0)
            break;
    }
    m_currentOrder = nullptr;
    return any;
}

bool Transposer::transposeSingles(int layer, Mode mode, int maxPasses)
{
    auto &order = m_order.layer(layer);
    const size_t n = order.size();
    m_sides.flatten(n);
    const int *above = m_sides.flatAbove.data();
    const int *below = m_sides.flatBelow.data();
    const int *offAbove = m_sides.offAbove.data();
    const int *offBelow = m_sides.offBelow.data();
    const int *localIndex = m_sides.localIndex.data();
    bool any = false;
    for (int pass = 0; pass < maxPasses; ++pass) {
        bool changed = false;
        m_gain = 0;
        for (size_t i = 0; i + 1 < n; ++i) {
            const int u = order[i];
            const int v = order[i + 1];
            if (!m_order.movable(u) || !m_order.movable(v))
                continue;
            const size_t lu = static_cast<size_t>(localIndex[u]);
            const size_t lv = static_cast<size_t>(localIndex[v]);
            const int *ua = above + offAbove[lu], *uaEnd = above + offAbove[lu + 1];
            const int *va = above + offAbove[lv], *vaEnd = above + offAbove[lv + 1];
            const int *ub = below + offBelow[lu], *ubEnd = below + offBelow[lu + 1];
            const int *vb = below + offBelow[lv], *vbEnd = below + offBelow[lv + 1];
            const qint64 now = crossRange(ua, uaEnd, va, vaEnd) + crossRange(ub, ubEnd, vb, vbEnd);
            const qint64 swapped
                = crossRange(va, vaEnd, ua, uaEnd) + crossRange(vb, vbEnd, ub, ubEnd);
            const qint64 delta = swapped - now;
            bool accept = delta < 0;
            if (delta == 0 && mode == Mode::AllowEqual)
                accept = now > 0;
            else if (delta == 0 && mode == Mode::RestoreUserOrder)
                accept = m_order.rank(v) < m_order.rank(u);
            if (accept) {
                std::swap(order[i], order[i + 1]);
                m_order.setPos(u, static_cast<int>(i + 1));
                m_order.setPos(v, static_cast<int>(i));
                m_gain -= delta;
                changed = true;
            }
        }
        if (!changed)
            break;
        any = true;
        if (mode == Mode::AllowEqual && m_gain == 0)
            break;
    }
    return any;
}

void Transposer::transposeAll(Mode mode, int maxRounds, int maxPasses)
{
    const int n = m_order.layerCount();
    std::vector<char> dirty(static_cast<size_t>(n), 1);
    for (int round = 0; round < maxRounds; ++round) {
        bool changed = false;
        qint64 gain = 0;
        for (int l = 0; l < n; ++l) {
            if (!dirty[static_cast<size_t>(l)])
                continue;
            dirty[static_cast<size_t>(l)] = 0;
            if (transposeLayer(l, mode, maxPasses)) {
                changed = true;
                if (l > 0)
                    dirty[static_cast<size_t>(l - 1)] = 1;
                if (l + 1 < n)
                    dirty[static_cast<size_t>(l + 1)] = 1;
            }
            gain += m_gain;
        }
        if (!changed || (mode == Mode::AllowEqual && gain == 0))
            break;
    }
}

} // namespace el
