#pragma once
// Layout of the selection only: in each column the selected cards take, in their new order,
// the places the selected cards held before; unselected cards stay exactly where they are, and
// a selected card that would overlap another is moved down just past it.
#include "layout/LayeredGraph.h"
#include "layout/LayoutOptions.h"

#include <vector>

namespace el::SelectionPlacer {

QHash<NodeId, QPointF> place(const LayeredGraph &graph, const ModelData &model,
                             const std::vector<double> &heights, const LayoutOptions &options);

} // namespace el::SelectionPlacer
