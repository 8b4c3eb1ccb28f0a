#pragma once
// A logic model as flat arrays for the validator: dense node numbers, each link classified, the
// chain links as adjacency arrays, and a topological order found by Kahn's algorithm that breaks
// (and records) any cycle so that every pass still terminates.
#include "model/LogicModel.h"

#include <cstdint>
#include <span>
#include <vector>

namespace el {

enum class LinkClass : std::uint8_t {
    Forward,    // to a later column: part of chains
    SameColumn, // within one column: part of chains, but suspicious
    Backward,   // to an earlier column: not part of chains
    Annotation, // touches an assumption or external factor: never part of chains
    Dangling,   // names a node the model does not have
};

class GraphIndex
{
public:
    explicit GraphIndex(const LogicModel &model);

    struct LinkInfo
    {
        int from = -1;
        int to = -1;
        LinkClass cls = LinkClass::Dangling;
        bool dropped = false; // removed to break a cycle
    };
    struct Cycle
    {
        std::vector<int> nodes; // in link order; the last leads back to the first
        std::vector<int> links;
    };

    const LogicModel &model() const { return m_model; }
    int nodeCount() const { return static_cast<int>(m_kind.size()); }
    const Node &node(int v) const { return m_model.nodes()[v]; }
    NodeKind kind(int v) const { return m_kind[static_cast<size_t>(v)]; }
    int column(int v) const { return nodeKindColumn(kind(v)); }
    // Links of any kind that start or end at a node.
    int degree(int v) const { return m_degree[static_cast<size_t>(v)]; }

    const std::vector<LinkInfo> &links() const { return m_links; }
    // A link is in chains when it is forward or within a column and was not dropped.
    bool inChains(int link) const;

    // Every node once; each chain link goes from earlier to later in this order.
    const std::vector<int> &order() const { return m_order; }
    const std::vector<Cycle> &cycles() const { return m_cycles; }

    std::span<const int> successors(int v) const { return span(m_outStart, m_out, v); }
    std::span<const int> predecessors(int v) const { return span(m_inStart, m_in, v); }

private:
    static std::span<const int> span(const std::vector<int> &start, const std::vector<int> &items,
                                     int v)
    {
        const auto b = static_cast<size_t>(start[static_cast<size_t>(v)]);
        const auto e = static_cast<size_t>(start[static_cast<size_t>(v) + 1]);
        return {items.data() + b, e - b};
    }
    void classifyLinks();
    void sortTopologically();
    void findCycle(const std::vector<std::uint8_t> &done, int start,
                   const std::vector<int> &inStart, const std::vector<int> &inLinks);
    void buildChainAdjacency();

    const LogicModel &m_model;
    std::vector<NodeKind> m_kind;
    std::vector<int> m_degree;
    std::vector<LinkInfo> m_links;
    std::vector<int> m_order;
    std::vector<Cycle> m_cycles;
    std::vector<int> m_outStart, m_out, m_inStart, m_in;
};

} // namespace el
