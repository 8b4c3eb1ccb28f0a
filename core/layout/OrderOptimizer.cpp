#include "layout/OrderOptimizer.h"

#include <algorithm>
#include <numeric>
#include <random>

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

constexpr int maxIterations = 12;
constexpr int patience = 3;
constexpr int maxTransposePasses = 64;
constexpr int siftRounds = 8;
constexpr size_t siftWindow = 100;     // places tried either side of a card when sifting
constexpr size_t largeSiftWindow = 40; // the same in large graphs: as good there, 2x faster
constexpr qint64 siftStopRatio = 100;  // stop when a round gains less than 1/100
constexpr size_t maxRestarts = 40;
constexpr size_t smallGraph = 1000;       // links + cards (with dummies)
constexpr size_t restartBudget = 2500000; // restarts x (links + cards)^2
constexpr int quickRounds = 2;            // transposition inside the sweeps: a few passes only
constexpr int quickPasses = 4;
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

OrderOptimizer::OrderOptimizer(LayeredGraph &graph)
    : m_g(graph)
    , m_pos(graph.vertices.size(), 0)
    , m_localIndex(graph.vertices.size(), -1)
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
    std::vector<int> &p = m_medianScratch;
    p.clear();
    for (int n : nbrs)
        p.push_back(m_pos[static_cast<size_t>(n)]);
    return medianOf(p);
}

void OrderOptimizer::sweepLayer(int layer, bool fromAbove, bool median)
{
    auto &order = m_g.layers[static_cast<size_t>(layer)];
    if (!m_layerHasGroups[static_cast<size_t>(layer)]) {
        // Single cards only: the keyed movable ones are sorted into the places they hold; the
        // others stay. No allocation once the buffers have grown.
        m_sweepKeys.resize(order.size());
        m_keyed.clear();
        for (size_t i = 0; i < order.size(); ++i) {
            const int v = order[i];
            const double k = key(v, fromAbove, median);
            const bool moves = k >= 0.0 && m_g.vertices[static_cast<size_t>(v)].movable;
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
        syncPositions(layer);
        return;
    }
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

const std::vector<int> &OrderOptimizer::side(const Unit &u, bool above,
                                             std::vector<int> &scratch) const
{
    if (u.end - u.begin == 1) {
        const int v = (*m_currentOrder)[static_cast<size_t>(u.begin)];
        const size_t local = static_cast<size_t>(m_localIndex[static_cast<size_t>(v)]);
        return above ? m_above[local] : m_below[local];
    }
    gather(u.begin, u.end, above, scratch);
    return scratch;
}

qint64 OrderOptimizer::swapDelta(const Unit &a, const Unit &b)
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

void OrderOptimizer::swapUnits(int layer, const Unit &a, const Unit &b)
{
    auto &order = m_g.layers[static_cast<size_t>(layer)];
    std::rotate(order.begin() + a.begin, order.begin() + b.begin, order.begin() + b.end);
    for (int i = a.begin; i < b.end; ++i)
        m_pos[static_cast<size_t>(order[static_cast<size_t>(i)])] = i;
}

bool OrderOptimizer::transposeLayer(int layer, Mode mode, int maxPasses)
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
    if (!m_layerHasGroups[static_cast<size_t>(layer)]) {
        const bool any = transposeSingles(layer, mode, maxPasses);
        m_currentOrder = nullptr;
        return any;
    }
    bool any = false;
    for (int pass = 0; pass < maxPasses; ++pass) {
        bool changed = false;
        m_gain = 0;
        std::vector<Unit> us = units(layer);
        // Members inside a strand.
        for (const Unit &u : us) {
            if (u.end - u.begin < 2 || !unitMovable(layer, u))
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
            if (!unitMovable(layer, a) || !unitMovable(layer, b))
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

void OrderOptimizer::flattenSides(size_t n)
{
    // Flat copies of the sorted neighbour positions, indexed by local index.
    m_flatAbove.clear();
    m_flatBelow.clear();
    m_offAbove.assign(n + 1, 0);
    m_offBelow.assign(n + 1, 0);
    for (size_t i = 0; i < n; ++i) {
        m_flatAbove.insert(m_flatAbove.end(), m_above[i].begin(), m_above[i].end());
        m_flatBelow.insert(m_flatBelow.end(), m_below[i].begin(), m_below[i].end());
        m_offAbove[i + 1] = static_cast<int>(m_flatAbove.size());
        m_offBelow[i + 1] = static_cast<int>(m_flatBelow.size());
    }
}

bool OrderOptimizer::transposeSingles(int layer, Mode mode, int maxPasses)
{
    auto &order = m_g.layers[static_cast<size_t>(layer)];
    const size_t n = order.size();
    flattenSides(n);
    const int *above = m_flatAbove.data();
    const int *below = m_flatBelow.data();
    bool any = false;
    for (int pass = 0; pass < maxPasses; ++pass) {
        bool changed = false;
        m_gain = 0;
        for (size_t i = 0; i + 1 < n; ++i) {
            const int u = order[i];
            const int v = order[i + 1];
            if (!m_g.vertices[static_cast<size_t>(u)].movable
                || !m_g.vertices[static_cast<size_t>(v)].movable)
                continue;
            const size_t lu = static_cast<size_t>(m_localIndex[static_cast<size_t>(u)]);
            const size_t lv = static_cast<size_t>(m_localIndex[static_cast<size_t>(v)]);
            const int *ua = above + m_offAbove[lu], *uaEnd = above + m_offAbove[lu + 1];
            const int *va = above + m_offAbove[lv], *vaEnd = above + m_offAbove[lv + 1];
            const int *ub = below + m_offBelow[lu], *ubEnd = below + m_offBelow[lu + 1];
            const int *vb = below + m_offBelow[lv], *vbEnd = below + m_offBelow[lv + 1];
            const qint64 now = crossRange(ua, uaEnd, va, vaEnd) + crossRange(ub, ubEnd, vb, vbEnd);
            const qint64 swapped
                = crossRange(va, vaEnd, ua, uaEnd) + crossRange(vb, vbEnd, ub, ubEnd);
            const qint64 delta = swapped - now;
            bool accept = delta < 0;
            if (delta == 0 && mode == Mode::AllowEqual)
                accept = now > 0;
            else if (delta == 0 && mode == Mode::RestoreUserOrder)
                accept = m_rank[static_cast<size_t>(v)] < m_rank[static_cast<size_t>(u)];
            if (accept) {
                std::swap(order[i], order[i + 1]);
                m_pos[static_cast<size_t>(u)] = static_cast<int>(i + 1);
                m_pos[static_cast<size_t>(v)] = static_cast<int>(i);
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

qint64 OrderOptimizer::pairCost(int u, int v) const
{
    const size_t lu = static_cast<size_t>(m_localIndex[static_cast<size_t>(u)]);
    const size_t lv = static_cast<size_t>(m_localIndex[static_cast<size_t>(v)]);
    const int *above = m_flatAbove.data();
    const int *below = m_flatBelow.data();
    return crossRange(above + m_offAbove[lu], above + m_offAbove[lu + 1], above + m_offAbove[lv],
                      above + m_offAbove[lv + 1])
           + crossRange(below + m_offBelow[lu], below + m_offBelow[lu + 1], below + m_offBelow[lv],
                        below + m_offBelow[lv + 1]);
}

void OrderOptimizer::fillDiff(const int *begin, const int *end, size_t size, int *out)
{
    // diff[x]: how many of these positions lie above x minus how many lie below it. It is a
    // step function of x, so it is written in runs (a plain fill per run).
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

bool OrderOptimizer::siftLayer(int layer)
{
    // Each card in turn is taken out and put back where it crosses least (sifting). Moving v
    // past w changes the crossings by c(w above v) - c(v above w), which is the sum over w's
    // neighbour positions x of diff_v[x]. Positions below are shifted past those above, so that
    // one table and one list per card serve both sides.
    auto &order = m_g.layers[static_cast<size_t>(layer)];
    const size_t n = order.size();
    if (n < 3 || m_layerHasGroups[static_cast<size_t>(layer)])
        return false;
    prepareSides(layer);
    flattenSides(n);
    const size_t sizeAbove = layer > 0 ? m_g.layers[static_cast<size_t>(layer - 1)].size() : 0;
    const size_t sizeBelow
        = layer + 1 < m_g.layerCount() ? m_g.layers[static_cast<size_t>(layer + 1)].size() : 0;
    m_flatBoth.clear();
    m_offBoth.assign(n + 1, 0);
    for (size_t i = 0; i < n; ++i) {
        m_flatBoth.insert(m_flatBoth.end(), m_above[i].begin(), m_above[i].end());
        for (int x : m_below[i])
            m_flatBoth.push_back(x + static_cast<int>(sizeAbove));
        m_offBoth[i + 1] = static_cast<int>(m_flatBoth.size());
    }
    const int *above = m_flatAbove.data();
    const int *below = m_flatBelow.data();
    const int *both = m_flatBoth.data();
    const int *offBoth = m_offBoth.data();
    m_diffBoth.resize(sizeAbove + sizeBelow);
    const size_t window = m_siftWindow;
    bool changed = false;
    m_visit = order;
    for (int v : m_visit) {
        const size_t lv = static_cast<size_t>(m_localIndex[static_cast<size_t>(v)]);
        int *diff = m_diffBoth.data();
        fillDiff(above + m_offAbove[lv], above + m_offAbove[lv + 1], sizeAbove, diff);
        fillDiff(below + m_offBelow[lv], below + m_offBelow[lv + 1], sizeBelow, diff + sizeAbove);
        const size_t from = static_cast<size_t>(m_pos[static_cast<size_t>(v)]);
        order.erase(order.begin() + static_cast<std::ptrdiff_t>(from));
        // Only places within a window around the current one are tried in long layers.
        const size_t lo = from > window ? from - window : 0;
        const size_t hi = std::min(order.size(), from + window);
        qint64 d = 0;
        qint64 bestD = 0;
        size_t best = lo;
        qint64 fromD = 0;
        for (size_t j = lo; j < hi; ++j) {
            const size_t lw = static_cast<size_t>(m_localIndex[static_cast<size_t>(order[j])]);
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
            m_pos[static_cast<size_t>(order[i])] = static_cast<int>(i);
    }
    return changed;
}

void OrderOptimizer::siftAll(int maxRounds)
{
    // Rounds alternate downwards and upwards; they stop when a round gains little.
    qint64 before = crossings();
    for (int round = 0; round < maxRounds && before > 0; ++round) {
        bool changed = false;
        const int n = m_g.layerCount();
        for (int k = 0; k < n; ++k) {
            const int l = round % 2 == 0 ? k : n - 1 - k;
            changed = siftLayer(l) || changed;
        }
        const qint64 after = crossings();
        if (!changed || (before - after) * siftStopRatio < before)
            break;
        before = after;
    }
}

void OrderOptimizer::transposeAll(Mode mode, int maxRounds, int maxPasses)
{
    // A layer is looked at again only when it or a neighbour has changed since.
    const int n = m_g.layerCount();
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

std::vector<std::vector<int>> OrderOptimizer::breadthFirstOrder() const
{
    // Visit the graph breadth first from the top of the first layer (as dot's initial order):
    // linked cards land near each other.
    std::vector<std::vector<int>> layers(m_g.layers.size());
    std::vector<char> seen(m_g.vertices.size(), 0);
    std::vector<int> queue;
    for (const auto &layer : m_g.layers) {
        for (int root : layer) {
            if (seen[static_cast<size_t>(root)])
                continue;
            queue.assign(1, root);
            seen[static_cast<size_t>(root)] = 1;
            for (size_t head = 0; head < queue.size(); ++head) {
                const int v = queue[head];
                layers[static_cast<size_t>(m_g.vertices[static_cast<size_t>(v)].layer)].push_back(
                    v);
                for (const auto *side : {&m_g.down, &m_g.up}) {
                    for (int n : (*side)[static_cast<size_t>(v)]) {
                        if (!seen[static_cast<size_t>(n)]) {
                            seen[static_cast<size_t>(n)] = 1;
                            queue.push_back(n);
                        }
                    }
                }
            }
        }
    }
    for (auto &layer : layers)
        m_g.gatherGroups(layer);
    return layers;
}

void OrderOptimizer::setOrder(const std::vector<std::vector<int>> &layers)
{
    m_g.layers = layers;
    for (int l = 0; l < m_g.layerCount(); ++l)
        syncPositions(l);
}

void OrderOptimizer::run()
{
    m_initialCrossings = crossings();
    if (m_initialCrossings == 0)
        return;
    const std::vector<std::vector<int>> start = m_g.layers;
    std::vector<std::vector<int>> best = start;
    qint64 bestCrossings = m_initialCrossings;

    std::vector<std::vector<std::vector<int>>> starts{start};
    bool selectionOnly = false;
    for (const auto &v : m_g.vertices)
        selectionOnly = selectionOnly || !v.movable;
    size_t edges = 0;
    for (const auto &d : m_g.down)
        edges += d.size();
    const size_t size = edges + m_g.vertices.size() + 1;
    const bool small = size <= smallGraph;
    m_siftWindow = small ? siftWindow : largeSiftWindow;
    if (!selectionOnly) {
        starts.push_back(breadthFirstOrder());
        // Small graphs can afford restarts from shuffled orders (a fixed seed: deterministic).
        const size_t restarts = std::min<size_t>(maxRestarts, restartBudget / (size * size));
        std::mt19937 rng(20240611u);
        for (size_t r = 0; r < restarts; ++r) {
            auto shuffled = start;
            for (auto &layer : shuffled) {
                std::shuffle(layer.begin(), layer.end(), rng);
                m_g.gatherGroups(layer);
            }
            starts.push_back(std::move(shuffled));
        }
    }

    for (size_t run = 0; run < starts.size(); ++run) {
        const auto &from = starts[run];
        {
            const bool median = run % 2 == 1;
            setOrder(from);
            qint64 runBest = crossings();
            int stale = 0;
            for (int iter = 0; iter < maxIterations && bestCrossings > 0; ++iter) {
                sweep(iter % 2 == 0, median);
                // Large graphs rely on the sifting at the end instead: it is faster.
                if (small || selectionOnly)
                    transposeAll(iter % 4 >= 2 ? Mode::AllowEqual : Mode::Strict, quickRounds,
                                 quickPasses);
                const qint64 c = crossings();
                if (c < bestCrossings) {
                    bestCrossings = c;
                    best = m_g.layers;
                }
                if (c < runBest) {
                    runBest = c;
                    stale = 0;
                } else if (++stale >= patience) {
                    break;
                }
            }
        }
    }

    setOrder(best);
    if (!selectionOnly)
        siftAll(siftRounds);
    transposeAll(Mode::Strict, 16, maxTransposePasses);
    transposeAll(Mode::RestoreUserOrder, 16, maxTransposePasses);
}

} // namespace el
