#pragma once
// Gives each card of the ordered columns its height on the page: cards keep their order and
// their gaps (never overlap), and are pulled towards the cards they link to, by repeated
// least-squares passes (pool-adjacent-violators isotonic regression, O(n) per column).
#include "layout/LayeredGraph.h"
#include "layout/LayoutOptions.h"

#include <vector>

namespace el {

class VerticalPlacer
{
public:
    // Returns the top y of every node in the graph's layers, indexed like model.nodes (other
    // entries are left 0). heights: card height per node.
    static std::vector<double> place(const LayeredGraph &graph, const ModelData &model,
                                     const std::vector<double> &heights,
                                     const LayoutOptions &options);

    // Least-squares non-decreasing fit of targets with weights (pool adjacent violators).
    static std::vector<double> isotonic(const std::vector<double> &targets,
                                        const std::vector<double> &weights);
};

} // namespace el
