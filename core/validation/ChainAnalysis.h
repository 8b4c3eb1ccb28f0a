#pragma once
// The two passes over a model's chains that the rules share: one forward and one backward in
// topological order, with saturating chain counts and principle bitsets. Linear in nodes plus
// links; chains are never enumerated, and an example chain is read back from the passes.
#include "validation/GraphIndex.h"

#include <cstdint>
#include <vector>

namespace el {

class ChainAnalysis
{
public:
    explicit ChainAnalysis(const GraphIndex &graph);

    // Chains start at an input, or at an activity that no input leads to (DESIGN.md: "an
    // activity, where a model has none"), and end at an outcome or impact that leads nowhere.
    bool isStart(int v) const { return m_start[idx(v)] != 0; }
    bool isEnd(int v) const { return m_end[idx(v)] != 0; }
    // Chain beginnings that lead here (counting a chain that starts here), saturating.
    std::uint64_t fromStarts(int v) const { return m_fromStarts[idx(v)]; }
    // Chain endings reachable from here (counting a chain that ends here), saturating.
    std::uint64_t toEnds(int v) const { return m_toEnds[idx(v)]; }
    // The number of chains through a node.
    std::uint64_t chainsThrough(int v) const;
    // Endings reachable from here through no outcome or impact that serves a principle.
    std::uint64_t toEndsUnserved(int v) const { return m_toEndsUnserved[idx(v)]; }
    std::uint64_t totalChains() const { return m_total; }

    bool activityUpstream(int v) const { return m_activityUp[idx(v)] != 0; }
    bool outcomeDownstream(int v) const { return m_outcomeDown[idx(v)] != 0; }
    // Principles served by the outcomes and impacts a node leads to (not counting itself).
    std::uint8_t principlesDownstream(int v) const { return m_principlesDown[idx(v)]; }
    std::uint8_t principles(int v) const { return m_principles[idx(v)]; }

    // One chain through a node, walked back to a beginning and on to an ending (as far as the
    // links allow when no chain passes through it).
    std::vector<int> exampleThrough(int v) const;
    // One chain through a node that reaches no outcome serving a principle after it.
    std::vector<int> exampleUnservedThrough(int v) const;

    const GraphIndex &graph() const { return m_graph; }

private:
    static size_t idx(int v) { return static_cast<size_t>(v); }
    void forwardPass();
    void backwardPass();
    std::vector<int> walkBack(int v) const;
    void walkForward(int v, const std::vector<std::uint64_t> &weight, std::vector<int> &path) const;

    const GraphIndex &m_graph;
    std::vector<std::uint8_t> m_start, m_end, m_activityUp, m_outcomeDown, m_principles,
        m_principlesDown;
    std::vector<std::uint64_t> m_fromStarts, m_toEnds, m_toEndsUnserved;
    std::uint64_t m_total = 0;
};

} // namespace el
