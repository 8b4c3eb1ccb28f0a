#include "layout/Sifter.h"

#include <algorithm>

namespace el {

namespace {
constexpr qint64 siftStopRatio = 100; // stop when a round gains less than 1/100

// diff[x]: how many of these sorted positions lie above x minus how many lie below it. It is a
// step function of x, so it is written in runs (a plain fill per run).
void fillDiff(const int *begin, const int *end, size_t size, int *out)
{
    const int deg = static_cast<int>(end - begin);
    size_t x = 0;
    int value = -deg;
    const int *p = begin;
    while (p != end) {
        const size_t at = static_cast<size_t>(*p);
        std::fill(out + x, out + at, value);
        const int *q = p;
        while (q != end && *q == *p)
            ++q;
        out[at] = static_cast<int>(2 * (p - begin) + (q - p)) - deg;
        value = static_cast<int>(2 * (q - begin)) - deg;
        x = at + 1;
        p = q;
    }
    std::fill(out + x, out + size, value);
}
} // namespace

Sifter::Sifter(LayerOrder &order, NeighbourSides &sides)
    : m_order(order)
    , m_sides(sides)
{}

bool Sifter::siftLayer(int layer, size_t window)
{
    // Moving v past w changes the crossings by c(w above v) - c(v above w), which is the sum
    // over w's neighbour positions x of diff_v[x]. Positions below are shifted past those above,
    // so that one table and one list per card serve both sides.
    auto &order = m_order.layer(layer);
    const size_t n = order.size();
    if (n < 3 || m_order.hasGroups(layer))
        return false;
    m_sides.prepare(m_order, layer);
    m_sides.flatten(n);
    const size_t sizeAbove = layer > 0 ? m_order.layer(layer - 1).size() : 0;
    const size_t sizeBelow = layer + 1 < m_order.layerCount() ? m_order.layer(layer + 1).size() : 0;
    m_flatBoth.clear();
    m_offBoth.assign(n + 1, 0);
    for (size_t i = 0; i < n; ++i) {
        m_flatBoth.insert(m_flatBoth.end(), m_sides.above[i].begin(), m_sides.above[i].end());
        for (int x : m_sides.below[i])
            m_flatBoth.push_back(x + static_cast<int>(sizeAbove));
        m_offBoth[i + 1] = static_cast<int>(m_flatBoth.size());
    }
    const int *above = m_sides.flatAbove.data();
    const int *below = m_sides.flatBelow.data();
    const int *offAbove = m_sides.offAbove.data();
    const int *offBelow = m_sides.offBelow.data();
    const int *localIndex = m_sides.localIndex.data();
    const int *both = m_flatBoth.data();
    const int *offBoth = m_offBoth.data();
    m_diffBoth.resize(sizeAbove + sizeBelow);
    bool changed = false;
    m_visit = order;
    for (int v : m_visit) {
        const size_t lv = static_cast<size_t>(localIndex[v]);
        int *diff = m_diffBoth.data();
        fillDiff(above + offAbove[lv], above + offAbove[lv + 1], sizeAbove, diff);
        fillDiff(below + offBelow[lv], below + offBelow[lv + 1], sizeBelow, diff + sizeAbove);
        const size_t from = static_cast<size_t>(m_order.pos(v));
        order.erase(order.begin() + static_cast<std::ptrdiff_t>(from));
        // Only places within a window around the current one are tried in long layers.
        const size_t lo = from > window ? from - window : 0;
        const size_t hi = std::min(order.size(), from + window);
        qint64 d = 0;
        qint64 bestD = 0;
        size_t best = lo;
        qint64 fromD = 0;
        for (size_t j = lo; j < hi; ++j) {
            const size_t lw = static_cast<size_t>(localIndex[order[j]]);
            for (int k = offBoth[lw]; k < offBoth[lw + 1]; ++k)
                d += diff[both[k]];
            if (j + 1 == from)
                fromD = d;
            if (d < bestD) {
                bestD = d;
                best = j + 1;
            }
        }
        if (fromD <= bestD)
            best = from;
        else
            changed = true;
        order.insert(order.begin() + static_cast<std::ptrdiff_t>(best), v);
        for (size_t i = std::min(from, best); i <= std::max(from, best); ++i)
            m_order.setPos(order[i], static_cast<int>(i));
    }
    return changed;
}

void Sifter::siftAll(int maxRounds, size_t window)
{
    qint64 before = m_order.crossings();
    for (int round = 0; round < maxRounds && before > 0; ++round) {
        bool changed = false;
        const int n = m_order.layerCount();
        for (int k = 0; k < n; ++k) {
            const int l = round % 2 == 0 ? k : n - 1 - k;
            changed = siftLayer(l, window) || changed;
        }
        const qint64 after = m_order.crossings();
        if (!changed || (before - after) * siftStopRatio < before)
            break;
        before = after;
    }
}

} // namespace el
