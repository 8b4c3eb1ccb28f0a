#pragma once
// The chain part of a model as layers (one per non-empty kind column) of vertices, with a dummy
// vertex wherever a link skips a column, so that every edge joins neighbouring layers.
#include "model/ModelData.h"

#include <QSet>
#include <vector>

namespace el {

struct LayeredGraph
{
    struct Vertex
    {
        int node = -1; // index into ModelData::nodes; -1 for a dummy on a long link
        int layer = 0;
        int group = -1; // strand index, -1 for none
        bool movable = true;
        double y = 0.0; // the current vertical position (centre), for the starting order
    };

    std::vector<Vertex> vertices;
    std::vector<std::vector<int>> layers; // vertex ids, top to bottom
    std::vector<std::vector<int>> up;     // neighbours in the layer before, per vertex
    std::vector<std::vector<int>> down;   // neighbours in the layer after, per vertex
    std::vector<int> layerColumn;         // the kind column of each layer
    int groupCount = 0;

    // selection: when not empty, only these nodes (and dummies) may change order; groups are
    // then not kept as bands. heights: card height per node, for the centres.
    static LayeredGraph build(const ModelData &model, const QSet<NodeId> &selection,
                              const std::vector<double> &heights);

    // Puts the members of each strand together, where the first member of the strand stands.
    void gatherGroups(std::vector<int> &order) const;

    int layerCount() const { return static_cast<int>(layers.size()); }
};

} // namespace el
