#pragma once
// Finds a node's dense number from its id with one probe into a flat table: links name their
// ends by id, and for a large model this lookup is most of the cost of building the graph.
#include "model/Node.h"

#include <QList>
#include <cstdint>
#include <vector>

namespace el {

class NodeLookup
{
public:
    explicit NodeLookup(const QList<Node> &nodes);
    // The node's position in the list, or -1.
    int find(NodeId id) const;
    // Starts loading the table entry for an id, to be found a little later: on large models
    // the lookups are bound by memory, not arithmetic.
    void prefetch(NodeId id) const;

private:
    struct Slot
    {
        std::uint64_t lo = 0, hi = 0;
        int index = -1;
    };
    static void split(const NodeId &id, std::uint64_t &lo, std::uint64_t &hi);
    static std::uint64_t hash(std::uint64_t lo, std::uint64_t hi);
    std::vector<Slot> m_slots;
    std::uint64_t m_mask = 0;
};

} // namespace el
