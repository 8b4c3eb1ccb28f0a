#pragma once
// For each vertex of one layer: the sorted positions of its neighbours in the layer above and
// in the layer below, as lists and as flat arrays (indexed by the vertex's local index). The
// adjacent exchanges and the sifting count crossings from these.
#include "layout/LayerOrder.h"

#include <vector>

namespace el {

struct NeighbourSides
{
    explicit NeighbourSides(size_t vertexCount)
        : localIndex(vertexCount, -1)
    {}

    // Fills above, below and localIndex for the layer's vertices, from the current positions.
    void prepare(const LayerOrder &order, int layer);
    // Fills the flat arrays from above and below, for the first n local indices.
    void flatten(size_t n);

    std::vector<std::vector<int>> above;
    std::vector<std::vector<int>> below;
    std::vector<int> localIndex; // per vertex: its index in the layer last prepared
    // Flat copies: the positions of local index i are flatX[offX[i]] .. flatX[offX[i + 1]].
    std::vector<int> flatAbove, flatBelow, offAbove, offBelow;
};

} // namespace el
