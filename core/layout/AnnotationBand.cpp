#include "layout/AnnotationBand.h"

#include <algorithm>

namespace el::AnnotationBand {

void place(const ModelData &model, const std::vector<double> &heights, const LayoutOptions &options,
           double top, QHash<NodeId, QPointF> &positions)
{
    // As many cards per row as there are chain columns in use (at least three).
    int lastColumn = 2;
    for (const Node &n : model.nodes) {
        if (!isAnnotation(n.kind))
            lastColumn = std::max(lastColumn, nodeKindColumn(n.kind));
    }
    const int perRow = lastColumn + 1;
    double y = top;
    for (NodeKind kind : {NodeKind::Assumption, NodeKind::ExternalFactor}) {
        std::vector<int> cards;
        for (qsizetype i = 0; i < model.nodes.size(); ++i) {
            if (model.nodes[i].kind == kind)
                cards.push_back(static_cast<int>(i));
        }
        std::stable_sort(cards.begin(), cards.end(), [&model](int a, int b) {
            const QPointF pa = model.nodes[a].pos;
            const QPointF pb = model.nodes[b].pos;
            return pa.y() != pb.y() ? pa.y() < pb.y() : pa.x() < pb.x();
        });
        for (size_t start = 0; start < cards.size(); start += static_cast<size_t>(perRow)) {
            double rowHeight = 0.0;
            const size_t end = std::min(cards.size(), start + static_cast<size_t>(perRow));
            for (size_t i = start; i < end; ++i) {
                const int n = cards[i];
                const double x
                    = options.origin.x() + static_cast<double>(i - start) * options.columnPitch;
                positions.insert(model.nodes[n].id, QPointF(x, y));
                rowHeight = std::max(rowHeight, heights[static_cast<size_t>(n)]);
            }
            y += rowHeight + options.nodeGap;
        }
    }
}

} // namespace el::AnnotationBand
