#pragma once
// Sifting: each card in turn is taken out of its layer and put back where it crosses least,
// within a window of places around where it stood. Layers holding strands are left alone.
#include "layout/LayerOrder.h"
#include "layout/NeighbourSides.h"

#include <vector>

namespace el {

class Sifter
{
public:
    Sifter(LayerOrder &order, NeighbourSides &sides);

    // Rounds alternate downwards and upwards; they stop when a round gains little.
    // window: places tried on either side of a card.
    void siftAll(int maxRounds, size_t window);

private:
    bool siftLayer(int layer, size_t window);

    LayerOrder &m_order;
    NeighbourSides &m_sides;
    std::vector<int> m_flatBoth, m_offBoth, m_diffBoth, m_visit;
};

} // namespace el
