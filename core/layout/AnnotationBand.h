#pragma once
// Places assumptions and external factors in rows in a band below the chain columns, keeping
// their current reading order (top to bottom, left to right).
#include "layout/LayoutOptions.h"
#include "model/ModelData.h"

#include <vector>

namespace el::AnnotationBand {

// top: where the band starts. Adds the annotations' positions to positions.
void place(const ModelData &model, const std::vector<double> &heights, const LayoutOptions &options,
           double top, QHash<NodeId, QPointF> &positions);

} // namespace el::AnnotationBand
