#include "layout/SelectionPlacer.h"

#include <algorithm>

namespace el::SelectionPlacer {

QHash<NodeId, QPointF> place(const LayeredGraph &graph, const ModelData &model,
                             const std::vector<double> &heights, const LayoutOptions &options)
{
    QHash<NodeId, QPointF> positions;
    // Hand-placed cards are often closer than a tidy layout's gap: only a small gap is kept.
    const double gap = std::min(options.nodeGap, 10.0);
    for (const auto &layer : graph.layers) {
        std::vector<int> moving; // node indices, in the new order
        std::vector<int> fixed;
        for (int v : layer) {
            const auto &vertex = graph.vertices[static_cast<size_t>(v)];
            if (vertex.node < 0)
                continue;
            (vertex.movable ? moving : fixed).push_back(vertex.node);
        }
        if (moving.empty())
            continue;
        std::vector<QPointF> slots;
        for (int n : moving)
            slots.push_back(model.nodes[n].pos);
        std::stable_sort(slots.begin(), slots.end(),
                         [](const QPointF &a, const QPointF &b) { return a.y() < b.y(); });

        double previousBottom = std::numeric_limits<double>::lowest();
        for (size_t i = 0; i < moving.size(); ++i) {
            const int n = moving[i];
            const double h = heights[static_cast<size_t>(n)];
            double y = std::max(slots[i].y(), previousBottom + gap);
            // Step past any unselected card this one would touch.
            bool moved = true;
            while (moved) {
                moved = false;
                for (int f : fixed) {
                    const double top = model.nodes[f].pos.y();
                    const double bottom = top + heights[static_cast<size_t>(f)];
                    if (y < bottom + gap && y + h + gap > top) {
                        y = bottom + gap;
                        moved = true;
                    }
                }
            }
            positions.insert(model.nodes[n].id, QPointF(slots[i].x(), y));
            previousBottom = y + h;
        }
    }
    return positions;
}

} // namespace el::SelectionPlacer
