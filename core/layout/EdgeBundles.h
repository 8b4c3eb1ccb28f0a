#pragma once
// Finds dense bundles of links between two columns (every one of at least three cards linked to
// every one of at least three others) so that they can be drawn as merged arrows through one
// shared junction: a fully connected pair of columns reads as one relationship.
#include "layout/LayoutOptions.h"
#include "model/ModelData.h"

namespace el {

struct EdgeBundle
{
    QList<NodeId> sources; // left-hand cards, each linked to every target
    QList<NodeId> targets; // right-hand cards
    QList<LinkId> links;   // exactly sources × targets; draw these through the junction
    QPointF junction;      // where the merged lines meet, between the two columns
};

namespace EdgeBundles {

// Complete bipartite bundles (sources × targets, both at least minSide cards) between pairs of
// kind columns, found greedily, largest first; a link belongs to at most one bundle. Positions
// are the model's (top-left); cards' sizes come from options. Deterministic.
QList<EdgeBundle> find(const ModelData &model, const LayoutOptions &options = {}, int minSide = 3);

} // namespace EdgeBundles
} // namespace el
