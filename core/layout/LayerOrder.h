#pragma once
// The order being optimised: the layered graph's layers, each vertex's position in its layer,
// its place in the user's starting order, and the units (single cards or whole strands) that
// move as blocks. Shared by the sweeps, the adjacent exchanges and the sifting.
#include "layout/CrossingCounter.h"
#include "layout/LayeredGraph.h"

namespace el {

class LayerOrder
{
public:
    struct Unit
    {
        int begin;
        int end; // [begin, end) in the layer
    };

    explicit LayerOrder(LayeredGraph &graph);

    LayeredGraph &graph() { return m_g; }
    const LayeredGraph &graph() const { return m_g; }
    int layerCount() const { return m_g.layerCount(); }
    std::vector<int> &layer(int l) { return m_g.layers[static_cast<size_t>(l)]; }
    const std::vector<int> &layer(int l) const { return m_g.layers[static_cast<size_t>(l)]; }

    int pos(int v) const { return m_pos[static_cast<size_t>(v)]; }
    void setPos(int v, int p) { m_pos[static_cast<size_t>(v)] = p; }
    int rank(int v) const { return m_rank[static_cast<size_t>(v)]; } // in the user's order
    bool movable(int v) const { return m_g.vertices[static_cast<size_t>(v)].movable; }
    bool hasGroups(int l) const { return m_layerHasGroups[static_cast<size_t>(l)] != 0; }

    void syncPositions(int l); // after the layer's order has changed
    void setOrder(const std::vector<std::vector<int>> &layers);
    qint64 crossings(); // total between neighbouring layers, for the current order

    std::vector<Unit> units(int l) const;
    bool unitMovable(int l, const Unit &u) const;
    int unitRank(int l, const Unit &u) const; // the best user's rank among its members

private:
    LayeredGraph &m_g;
    std::vector<int> m_pos;  // position of each vertex in its layer
    std::vector<int> m_rank; // position in the starting (user's) order
    std::vector<char> m_layerHasGroups;
    CrossingCounter m_counter;
};

} // namespace el
