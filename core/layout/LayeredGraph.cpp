#include "layout/LayeredGraph.h"

#include <QHash>
#include <algorithm>

namespace el {

void LayeredGraph::gatherGroups(std::vector<int> &order) const
{
    if (groupCount == 0)
        return;
    std::vector<int> out;
    out.reserve(order.size());
    std::vector<char> done(order.size(), 0);
    for (size_t i = 0; i < order.size(); ++i) {
        if (done[i])
            continue;
        const int g = vertices[static_cast<size_t>(order[i])].group;
        if (g < 0) {
            out.push_back(order[i]);
            continue;
        }
        for (size_t j = i; j < order.size(); ++j) {
            if (!done[j] && vertices[static_cast<size_t>(order[j])].group == g) {
                out.push_back(order[j]);
                done[j] = 1;
            }
        }
    }
    order = std::move(out);
}

LayeredGraph LayeredGraph::build(const ModelData &model, const QSet<NodeId> &selection,
                                 const std::vector<double> &heights)
{
    LayeredGraph g;
    const bool grouped = selection.isEmpty();

    // Layers: the non-empty chain columns, left to right.
    std::vector<int> layerOf(nodeKindCount, -1);
    for (const Node &n : model.nodes) {
        if (!isAnnotation(n.kind))
            layerOf[static_cast<size_t>(nodeKindColumn(n.kind))] = 0;
    }
    for (int c = 0; c < nodeKindCount; ++c) {
        if (layerOf[static_cast<size_t>(c)] == 0) {
            layerOf[static_cast<size_t>(c)] = static_cast<int>(g.layerColumn.size());
            g.layerColumn.push_back(c);
        }
    }
    g.layers.resize(g.layerColumn.size());

    QHash<QString, int> groups;
    QHash<NodeId, int> vertexOf;
    for (qsizetype i = 0; i < model.nodes.size(); ++i) {
        const Node &n = model.nodes[i];
        if (isAnnotation(n.kind))
            continue;
        Vertex v;
        v.node = static_cast<int>(i);
        v.layer = layerOf[static_cast<size_t>(nodeKindColumn(n.kind))];
        if (grouped && !n.group.isEmpty()) {
            auto it = groups.constFind(n.group);
            if (it == groups.constEnd())
                it = groups.insert(n.group, static_cast<int>(groups.size()));
            v.group = it.value();
        }
        v.movable = selection.isEmpty() || selection.contains(n.id);
        v.y = n.pos.y() + heights[static_cast<size_t>(i)] / 2.0;
        vertexOf.insert(n.id, static_cast<int>(g.vertices.size()));
        g.vertices.push_back(v);
    }
    g.groupCount = static_cast<int>(groups.size());
    g.up.resize(g.vertices.size());
    g.down.resize(g.vertices.size());

    auto addEdge = [&g](int a, int b) {
        g.down[static_cast<size_t>(a)].push_back(b);
        g.up[static_cast<size_t>(b)].push_back(a);
    };
    for (const Link &l : model.links) {
        const auto fa = vertexOf.constFind(l.from);
        const auto fb = vertexOf.constFind(l.to);
        if (fa == vertexOf.constEnd() || fb == vertexOf.constEnd())
            continue;
        int a = fa.value();
        int b = fb.value();
        if (g.vertices[static_cast<size_t>(a)].layer > g.vertices[static_cast<size_t>(b)].layer)
            std::swap(a, b);
        const int la = g.vertices[static_cast<size_t>(a)].layer;
        const int lb = g.vertices[static_cast<size_t>(b)].layer;
        if (la == lb)
            continue;
        const double ya = g.vertices[static_cast<size_t>(a)].y;
        const double yb = g.vertices[static_cast<size_t>(b)].y;
        int prev = a;
        for (int l2 = la + 1; l2 < lb; ++l2) {
            Vertex d;
            d.layer = l2;
            d.y = ya + (yb - ya) * (l2 - la) / (lb - la);
            g.vertices.push_back(d);
            g.up.emplace_back();
            g.down.emplace_back();
            const int id = static_cast<int>(g.vertices.size()) - 1;
            addEdge(prev, id);
            prev = id;
        }
        addEdge(prev, b);
    }

    for (int v = 0; v < static_cast<int>(g.vertices.size()); ++v)
        g.layers[static_cast<size_t>(g.vertices[static_cast<size_t>(v)].layer)].push_back(v);
    for (auto &layer : g.layers) {
        std::stable_sort(layer.begin(), layer.end(), [&g](int a, int b) {
            return g.vertices[static_cast<size_t>(a)].y < g.vertices[static_cast<size_t>(b)].y;
        });
        g.gatherGroups(layer);
    }
    return g;
}

} // namespace el
