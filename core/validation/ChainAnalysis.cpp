#include "validation/ChainAnalysis.h"

#include "validation/Saturating.h"

#include <algorithm>

namespace el {

ChainAnalysis::ChainAnalysis(const GraphIndex &graph)
    : m_graph(graph)
{
    const auto n = static_cast<size_t>(graph.nodeCount());
    m_start.assign(n, 0);
    m_end.assign(n, 0);
    m_activityUp.assign(n, 0);
    m_outcomeDown.assign(n, 0);
    m_principles.assign(n, 0);
    m_principlesDown.assign(n, 0);
    m_fromStarts.assign(n, 0);
    m_toEnds.assign(n, 0);
    m_toEndsUnserved.assign(n, 0);
    const QList<Node> &nodes = graph.model().nodes();
    for (size_t v = 0; v < n; ++v)
        m_principles[v] = nodes[static_cast<qsizetype>(v)].principles.bits();
    forwardPass();
    backwardPass();
}

std::uint64_t ChainAnalysis::chainsThrough(int v) const
{
    return saturating::mul(fromStarts(v), toEnds(v));
}

void ChainAnalysis::forwardPass()
{
    std::vector<std::uint8_t> inputUp(m_start.size(), 0);
    for (int v : m_graph.order()) {
        const NodeKind kind = m_graph.kind(v);
        if (isAnnotation(kind))
            continue;
        std::uint8_t input = 0, activity = 0;
        std::uint64_t count = 0;
        for (int p : m_graph.predecessors(v)) {
            const NodeKind pk = m_graph.kind(p);
            input |= inputUp[idx(p)] | (pk == NodeKind::Input ? 1 : 0);
            activity |= m_activityUp[idx(p)] | (pk == NodeKind::Activity ? 1 : 0);
            count = saturating::add(count, m_fromStarts[idx(p)]);
        }
        inputUp[idx(v)] = input;
        m_activityUp[idx(v)] = activity;
        const bool start = kind == NodeKind::Input || (kind == NodeKind::Activity && !input);
        m_start[idx(v)] = start ? 1 : 0;
        m_fromStarts[idx(v)] = start ? saturating::add(count, 1) : count;
    }
}

void ChainAnalysis::backwardPass()
{
    const std::vector<int> &order = m_graph.order();
    for (auto it = order.rbegin(); it != order.rend(); ++it) {
        const int v = *it;
        const NodeKind kind = m_graph.kind(v);
        if (isAnnotation(kind))
            continue;
        std::uint8_t outcome = 0, down = 0;
        std::uint64_t ends = 0, unserved = 0;
        const auto next = m_graph.successors(v);
        for (int s : next) {
            const bool sOutcome = isOutcomeOrImpact(m_graph.kind(s));
            outcome |= m_outcomeDown[idx(s)] | (sOutcome ? 1 : 0);
            down |= m_principlesDown[idx(s)] | (sOutcome ? m_principles[idx(s)] : 0);
            ends = saturating::add(ends, m_toEnds[idx(s)]);
            unserved = saturating::add(unserved, m_toEndsUnserved[idx(s)]);
        }
        const bool selfOutcome = isOutcomeOrImpact(kind);
        const bool end = selfOutcome && next.empty();
        m_end[idx(v)] = end ? 1 : 0;
        m_outcomeDown[idx(v)] = outcome;
        m_principlesDown[idx(v)] = down;
        m_toEnds[idx(v)] = end ? 1 : ends;
        if (selfOutcome && m_principles[idx(v)] != 0)
            m_toEndsUnserved[idx(v)] = 0;
        else
            m_toEndsUnserved[idx(v)] = end ? 1 : unserved;
        if (end)
            m_total = saturating::add(m_total, m_fromStarts[idx(v)]);
    }
}

std::vector<int> ChainAnalysis::walkBack(int v) const
{
    std::vector<int> back{v};
    int u = v;
    while (!isStart(u)) {
        int pick = -1;
        for (int p : m_graph.predecessors(u)) {
            if (m_fromStarts[idx(p)] > 0) {
                pick = p;
                break;
            }
        }
        if (pick < 0) {
            // Nothing starts a chain upstream: show how far back the links go.
            for (int p : m_graph.predecessors(u)) {
                if (!isAnnotation(m_graph.kind(p))) {
                    pick = p;
                    break;
                }
            }
        }
        if (pick < 0)
            break;
        back.push_back(pick);
        u = pick;
    }
    std::reverse(back.begin(), back.end());
    return back;
}

void ChainAnalysis::walkForward(int v, const std::vector<std::uint64_t> &weight,
                                std::vector<int> &path) const
{
    int u = v;
    while (!isEnd(u)) {
        int pick = -1;
        for (int s : m_graph.successors(u)) {
            if (weight[idx(s)] > 0) {
                pick = s;
                break;
            }
        }
        if (pick < 0 && !m_graph.successors(u).empty() && weight[idx(u)] == 0)
            pick = m_graph.successors(u).front();
        if (pick < 0)
            break;
        path.push_back(pick);
        u = pick;
    }
}

std::vector<int> ChainAnalysis::exampleThrough(int v) const
{
    std::vector<int> path = walkBack(v);
    walkForward(v, m_toEnds, path);
    return path;
}

std::vector<int> ChainAnalysis::exampleUnservedThrough(int v) const
{
    std::vector<int> path = walkBack(v);
    walkForward(v, m_toEndsUnserved, path);
    return path;
}

} // namespace el
