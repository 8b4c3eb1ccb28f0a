#pragma once
// Automatic layout of a logic model ("Tidy"): orders the cards of each kind column to cut link
// crossings, keeps strands together and linked cards near each other, never overlaps cards.
#include "layout/LayoutOptions.h"
#include "model/ModelData.h"

namespace el::Layout {

// New positions for the model's nodes. Deterministic for the same input. Starts from the
// current order (top to bottom) and keeps it wherever that adds no crossing; a model without
// crossings keeps its order. With options.selection set, only the selected cards move, swapping
// places among the slots they hold. Assumptions and external factors go in a band below.
LayoutResult tidy(const ModelData &model, const LayoutOptions &options = {});

// Link crossings between neighbouring non-empty chain columns, for these positions (top-left
// corners; missing nodes keep the model's position). Cards are ordered by the centre of their
// card; a link that skips columns counts as a straight line through the columns it passes.
qint64 countCrossings(const ModelData &model, const QHash<NodeId, QPointF> &positions,
                      const LayoutOptions &options = {});
qint64 countCrossings(const ModelData &model, const LayoutOptions &options = {});

// Writes a layout's positions into the model.
void apply(ModelData &model, const LayoutResult &result);

// For importers: gives positions to the nodes that have none. When no node of the model has a
// position, lays the whole model out (tidy); otherwise each unplaced card goes at the foot of
// its column.
void placeUnpositioned(ModelData &model, const QSet<NodeId> &unplaced,
                       const LayoutOptions &options = {});

} // namespace el::Layout
