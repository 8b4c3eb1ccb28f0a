#include "layout/NeighbourSides.h"

#include <algorithm>

namespace el {

void NeighbourSides::prepare(const LayerOrder &order, int layer)
{
    const LayeredGraph &g = order.graph();
    const auto &vertices = order.layer(layer);
    above.resize(std::max(above.size(), vertices.size()));
    below.resize(std::max(below.size(), vertices.size()));
    for (size_t i = 0; i < vertices.size(); ++i) {
        const int v = vertices[i];
        localIndex[static_cast<size_t>(v)] = static_cast<int>(i);
        auto &a = above[i];
        a.clear();
        for (int n : g.up[static_cast<size_t>(v)])
            a.push_back(order.pos(n));
        std::sort(a.begin(), a.end());
        auto &b = below[i];
        b.clear();
        for (int n : g.down[static_cast<size_t>(v)])
            b.push_back(order.pos(n));
        std::sort(b.begin(), b.end());
    }
}

void NeighbourSides::flatten(size_t n)
{
    flatAbove.clear();
    flatBelow.clear();
    offAbove.assign(n + 1, 0);
    offBelow.assign(n + 1, 0);
    for (size_t i = 0; i < n; ++i) {
        flatAbove.insert(flatAbove.end(), above[i].begin(), above[i].end());
        flatBelow.insert(flatBelow.end(), below[i].begin(), below[i].end());
        offAbove[i + 1] = static_cast<int>(flatAbove.size());
        offBelow[i + 1] = static_cast<int>(flatBelow.size());
    }
}

} // namespace el
