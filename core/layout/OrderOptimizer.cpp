#include "layout/OrderOptimizer.h"

#include <algorithm>
#include <random>

namespace el {

namespace {
constexpr int maxIterations = 12;
constexpr int patience = 3;
constexpr int maxTransposePasses = 64;
constexpr int siftRounds = 8;
constexpr size_t siftWindow = 100;     // places tried either side of a card when sifting
constexpr size_t largeSiftWindow = 40; // the same in large graphs: as good there, 2x faster
constexpr size_t maxRestarts = 40;
constexpr size_t smallGraph = 1000;       // links + cards (with dummies)
constexpr size_t restartBudget = 2500000; // restarts x (links + cards)^2
constexpr int quickRounds = 2;            // transposition inside the sweeps: a few passes only
constexpr int quickPasses = 4;
} // namespace

OrderOptimizer::OrderOptimizer(LayeredGraph &graph)
    : m_g(graph)
    , m_order(graph)
    , m_sides(graph.vertices.size())
    , m_sweeper(m_order)
    , m_transposer(m_order, m_sides)
    , m_sifter(m_order, m_sides)
{}

OrderOptimizer::Layers OrderOptimizer::breadthFirstOrder() const
{
    // Visit the graph breadth first from the top of the first layer (as dot's initial order):
    // linked cards land near each other.
    Layers layers(m_g.layers.size());
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

std::vector<OrderOptimizer::Layers> OrderOptimizer::startingOrders(bool selectionOnly,
                                                                   size_t graphSize) const
{
    // The user's order first; when everything may move, the breadth-first order, then (in
    // graphs small enough) shuffled orders from a fixed seed, so that the result is
    // deterministic.
    const Layers &start = m_g.layers;
    std::vector<Layers> starts{start};
    if (selectionOnly)
        return starts;
    starts.push_back(breadthFirstOrder());
    const size_t restarts = std::min<size_t>(maxRestarts, restartBudget / (graphSize * graphSize));
    std::mt19937 rng(20240611u);
    for (size_t r = 0; r < restarts; ++r) {
        auto shuffled = start;
        for (auto &layer : shuffled) {
            std::shuffle(layer.begin(), layer.end(), rng);
            m_g.gatherGroups(layer);
        }
        starts.push_back(std::move(shuffled));
    }
    return starts;
}

void OrderOptimizer::run()
{
    m_initialCrossings = m_order.crossings();
    if (m_initialCrossings == 0)
        return;
    Layers best = m_g.layers;
    qint64 bestCrossings = m_initialCrossings;

    bool selectionOnly = false;
    for (const auto &v : m_g.vertices)
        selectionOnly = selectionOnly || !v.movable;
    size_t edges = 0;
    for (const auto &d : m_g.down)
        edges += d.size();
    const size_t size = edges + m_g.vertices.size() + 1;
    const bool small = size <= smallGraph;
    const std::vector<Layers> starts = startingOrders(selectionOnly, size);

    for (size_t run = 0; run < starts.size(); ++run) {
        const bool median = run % 2 == 1;
        m_order.setOrder(starts[run]);
        qint64 runBest = m_order.crossings();
        int stale = 0;
        for (int iter = 0; iter < maxIterations && bestCrossings > 0; ++iter) {
            m_sweeper.sweep(iter % 2 == 0, median);
            // Large graphs rely on the sifting at the end instead: it is faster.
            if (small || selectionOnly)
                m_transposer.transposeAll(iter % 4 >= 2 ? Transposer::Mode::AllowEqual
                                                        : Transposer::Mode::Strict,
                                          quickRounds, quickPasses);
            const qint64 c = m_order.crossings();
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

    m_order.setOrder(best);
    if (!selectionOnly)
        m_sifter.siftAll(siftRounds, small ? siftWindow : largeSiftWindow);
    m_transposer.transposeAll(Transposer::Mode::Strict, 16, maxTransposePasses);
    m_transposer.transposeAll(Transposer::Mode::RestoreUserOrder, 16, maxTransposePasses);
}

} // namespace el
