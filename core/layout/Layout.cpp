#include "layout/Layout.h"

#include "layout/AnnotationBand.h"
#include "layout/CrossingCounter.h"
#include "layout/LayeredGraph.h"
#include "layout/OrderOptimizer.h"
#include "layout/SelectionPlacer.h"
#include "layout/VerticalPlacer.h"

#include <algorithm>
#include <cmath>
#include <limits>

namespace el::Layout {

namespace {
std::vector<double> heightsOf(const ModelData &model, const LayoutOptions &options)
{
    std::vector<double> h;
    h.reserve(static_cast<size_t>(model.nodes.size()));
    for (const Node &n : model.nodes)
        h.push_back(options.sizeOf(n).height());
    return h;
}

// Each link's ends as node indices (-1 when a node is missing).
std::vector<std::pair<int, int>> linkEnds(const ModelData &model)
{
    QHash<NodeId, int> indexOf;
    indexOf.reserve(model.nodes.size());
    for (qsizetype i = 0; i < model.nodes.size(); ++i)
        indexOf.insert(model.nodes[i].id, static_cast<int>(i));
    std::vector<std::pair<int, int>> ends;
    ends.reserve(static_cast<size_t>(model.links.size()));
    for (const Link &l : model.links)
        ends.emplace_back(indexOf.value(l.from, -1), indexOf.value(l.to, -1));
    return ends;
}

// The centre height of every node's card at these positions (missing: the model's position).
std::vector<double> centresOf(const ModelData &model, const QHash<NodeId, QPointF> &positions,
                              const std::vector<double> &heights)
{
    std::vector<double> centres(static_cast<size_t>(model.nodes.size()));
    for (qsizetype i = 0; i < model.nodes.size(); ++i) {
        const Node &n = model.nodes[i];
        const auto it = positions.constFind(n.id);
        const double y = it == positions.constEnd() ? n.pos.y() : it.value().y();
        centres[static_cast<size_t>(i)] = y + heights[static_cast<size_t>(i)] / 2.0;
    }
    return centres;
}

// Crossings between neighbouring non-empty chain columns for these centre heights.
qint64 crossingsOf(const ModelData &model, const std::vector<std::pair<int, int>> &ends,
                   const std::vector<double> &centres)
{
    std::vector<int> layerOf(nodeKindCount, -1);
    for (const Node &n : model.nodes) {
        if (!isAnnotation(n.kind))
            layerOf[static_cast<size_t>(nodeKindColumn(n.kind))] = 0;
    }
    int layers = 0;
    for (int &l : layerOf) {
        if (l == 0)
            l = layers++;
    }
    std::vector<std::vector<std::pair<double, double>>> gaps(
        static_cast<size_t>(std::max(0, layers - 1)));
    for (const auto &[from, to] : ends) {
        if (from < 0 || to < 0)
            continue;
        const Node &a = model.nodes[from];
        const Node &b = model.nodes[to];
        if (isAnnotation(a.kind) || isAnnotation(b.kind))
            continue;
        int la = layerOf[static_cast<size_t>(nodeKindColumn(a.kind))];
        int lb = layerOf[static_cast<size_t>(nodeKindColumn(b.kind))];
        double ya = centres[static_cast<size_t>(from)];
        double yb = centres[static_cast<size_t>(to)];
        if (la == lb)
            continue;
        if (la > lb) {
            std::swap(la, lb);
            std::swap(ya, yb);
        }
        for (int k = la; k < lb; ++k) {
            const double y0 = ya + (yb - ya) * (k - la) / (lb - la);
            const double y1 = ya + (yb - ya) * (k + 1 - la) / (lb - la);
            gaps[static_cast<size_t>(k)].emplace_back(y0, y1);
        }
    }
    qint64 total = 0;
    for (auto &segments : gaps)
        total += CrossingCounter::countSegments(std::move(segments));
    return total;
}
} // namespace

LayoutResult tidy(const ModelData &model, const LayoutOptions &options)
{
    LayoutResult result;
    const std::vector<double> heights = heightsOf(model, options);
    LayeredGraph graph = LayeredGraph::build(model, options.selection, heights);
    OrderOptimizer optimizer(graph);
    optimizer.run();

    if (!options.selection.isEmpty()) {
        result.positions = SelectionPlacer::place(graph, model, heights, options);
    } else {
        const std::vector<double> tops = VerticalPlacer::place(graph, model, heights, options);
        double minTop = std::numeric_limits<double>::max();
        double maxBottom = options.origin.y();
        for (const auto &layer : graph.layers) {
            for (int v : layer) {
                const int n = graph.vertices[static_cast<size_t>(v)].node;
                if (n >= 0)
                    minTop = std::min(minTop, tops[static_cast<size_t>(n)]);
            }
        }
        for (const auto &layer : graph.layers) {
            for (int v : layer) {
                const int n = graph.vertices[static_cast<size_t>(v)].node;
                if (n < 0)
                    continue;
                const Node &node = model.nodes[n];
                const double y
                    = std::round(tops[static_cast<size_t>(n)] - minTop + options.origin.y());
                result.positions.insert(node.id, QPointF(options.columnX(node.kind), y));
                maxBottom = std::max(maxBottom, y + heights[static_cast<size_t>(n)]);
            }
        }
        const double bandTop
            = result.positions.isEmpty() ? options.origin.y() : maxBottom + options.bandGap;
        AnnotationBand::place(model, heights, options, bandTop, result.positions);
    }
    const std::vector<std::pair<int, int>> ends = linkEnds(model);
    result.crossingsBefore = crossingsOf(model, ends, centresOf(model, {}, heights));
    result.crossingsAfter = crossingsOf(model, ends, centresOf(model, result.positions, heights));
    return result;
}

qint64 countCrossings(const ModelData &model, const LayoutOptions &options)
{
    return countCrossings(model, {}, options);
}

qint64 countCrossings(const ModelData &model, const QHash<NodeId, QPointF> &positions,
                      const LayoutOptions &options)
{
    const std::vector<double> heights = heightsOf(model, options);
    return crossingsOf(model, linkEnds(model), centresOf(model, positions, heights));
}

void apply(ModelData &model, const LayoutResult &result)
{
    for (Node &n : model.nodes) {
        const auto it = result.positions.constFind(n.id);
        if (it != result.positions.constEnd())
            n.pos = it.value();
    }
}

void placeUnpositioned(ModelData &model, const QSet<NodeId> &unplaced, const LayoutOptions &options)
{
    if (unplaced.isEmpty())
        return;
    bool all = true;
    for (const Node &n : model.nodes)
        all = all && unplaced.contains(n.id);
    if (all) {
        LayoutOptions whole = options;
        whole.selection.clear();
        apply(model, tidy(model, whole));
        return;
    }
    // The foot of each column (annotations: below everything).
    std::vector<double> foot(nodeKindCount, std::numeric_limits<double>::lowest());
    double lowest = options.origin.y();
    for (const Node &n : model.nodes) {
        if (unplaced.contains(n.id))
            continue;
        const double bottom = n.pos.y() + options.sizeOf(n).height();
        double &f = foot[static_cast<size_t>(nodeKindColumn(n.kind))];
        f = std::max(f, bottom);
        lowest = std::max(lowest, bottom);
    }
    for (Node &n : model.nodes) {
        if (!unplaced.contains(n.id))
            continue;
        const size_t c = static_cast<size_t>(nodeKindColumn(n.kind));
        double &f = foot[c];
        const double y
            = isAnnotation(n.kind) || f == std::numeric_limits<double>::lowest()
                  ? (isAnnotation(n.kind) ? lowest + options.bandGap : options.origin.y())
                  : f + options.nodeGap;
        n.pos = QPointF(options.columnX(n.kind), y);
        f = y + options.sizeOf(n).height();
        if (isAnnotation(n.kind))
            lowest = f;
    }
}

} // namespace el::Layout

namespace el {

QList<QPair<NodeId, QPointF>> LayoutResult::moves(const QList<Node> &nodes) const
{
    QList<QPair<NodeId, QPointF>> out;
    for (const Node &n : nodes) {
        const auto it = positions.constFind(n.id);
        if (it != positions.constEnd() && it.value() != n.pos)
            out.append({n.id, it.value()});
    }
    return out;
}

} // namespace el
