#pragma once
// Barycentre and median sweeps: each layer in turn is sorted by where its vertices' neighbours
// stand in the layer before it. Strands move as blocks; cards that may not move keep their place.
#include "layout/LayerOrder.h"

#include <utility>
#include <vector>

namespace el {

class OrderSweeper
{
public:
    explicit OrderSweeper(LayerOrder &order);

    // One sweep over all layers, downwards (keys from above) or upwards (keys from below).
    void sweep(bool downwards, bool median);

private:
    double key(int v, bool fromAbove, bool median) const; // -1 when v has no such neighbour
    void sweepLayer(int layer, bool fromAbove, bool median);
    void sweepSingles(int layer, bool fromAbove, bool median);
    void sweepUnits(int layer, bool fromAbove, bool median);

    LayerOrder &m_order;
    mutable std::vector<int> m_medianScratch;
    std::vector<double> m_sweepKeys;
    std::vector<std::pair<double, int>> m_keyed;
};

} // namespace el
