#pragma once
// Orders the vertices of each layer to minimise crossings: barycentre and median sweeps up and
// down from the user's order (and, in graphs small enough, from restarts), adjacent exchanges
// counted exactly, the best order kept, sifting, then the user's order restored wherever that
// costs no crossing. Strands move as blocks.
#include "layout/LayerOrder.h"
#include "layout/LayeredGraph.h"
#include "layout/NeighbourSides.h"
#include "layout/OrderSweeper.h"
#include "layout/Sifter.h"
#include "layout/Transposer.h"

namespace el {

class OrderOptimizer
{
public:
    explicit OrderOptimizer(LayeredGraph &graph);

    // Reorders graph.layers in place.
    void run();

    qint64 crossings() { return m_order.crossings(); } // total, for the current order
    qint64 initialCrossings() const { return m_initialCrossings; }

private:
    using Layers = std::vector<std::vector<int>>;

    std::vector<Layers> startingOrders(bool selectionOnly, size_t graphSize) const;
    Layers breadthFirstOrder() const;

    LayeredGraph &m_g;
    LayerOrder m_order;
    NeighbourSides m_sides;
    OrderSweeper m_sweeper;
    Transposer m_transposer;
    Sifter m_sifter;
    qint64 m_initialCrossings = 0;
};

} // namespace el
