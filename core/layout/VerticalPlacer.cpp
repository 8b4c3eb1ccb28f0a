#include "layout/VerticalPlacer.h"

#include <QHash>
#include <algorithm>

namespace el {

namespace {
constexpr int placementSweeps = 16;
constexpr double looseWeight = 0.05; // how strongly an unlinked card stays where it is
} // namespace

std::vector<double> VerticalPlacer::isotonic(const std::vector<double> &targets,
                                             const std::vector<double> &weights)
{
    struct Block
    {
        double weight;
        double sum; // weighted sum of targets
        size_t count;
        double mean() const { return sum / weight; }
    };
    std::vector<Block> blocks;
    blocks.reserve(targets.size());
    for (size_t i = 0; i < targets.size(); ++i) {
        blocks.push_back({weights[i], weights[i] * targets[i], 1});
        while (blocks.size() > 1 && blocks[blocks.size() - 2].mean() >= blocks.back().mean()) {
            const Block top = blocks.back();
            blocks.pop_back();
            blocks.back().weight += top.weight;
            blocks.back().sum += top.sum;
            blocks.back().count += top.count;
        }
    }
    std::vector<double> out;
    out.reserve(targets.size());
    for (const Block &b : blocks)
        out.insert(out.end(), b.count, b.mean());
    return out;
}

std::vector<double> VerticalPlacer::place(const LayeredGraph &graph, const ModelData &model,
                                          const std::vector<double> &heights,
                                          const LayoutOptions &options)
{
    const size_t nodeCount = static_cast<size_t>(model.nodes.size());
    std::vector<double> top(nodeCount, 0.0);

    // Real cards per column, in order; links between real cards in different columns.
    std::vector<std::vector<int>> columns(graph.layers.size());
    std::vector<char> placed(nodeCount, 0);
    for (size_t l = 0; l < graph.layers.size(); ++l) {
        for (int v : graph.layers[l]) {
            const int n = graph.vertices[static_cast<size_t>(v)].node;
            if (n >= 0) {
                columns[l].push_back(n);
                placed[static_cast<size_t>(n)] = 1;
            }
        }
    }
    QHash<NodeId, int> indexOf;
    for (qsizetype i = 0; i < model.nodes.size(); ++i)
        indexOf.insert(model.nodes[i].id, static_cast<int>(i));
    std::vector<std::vector<int>> nbrs(nodeCount);
    for (const Link &l : model.links) {
        const int a = indexOf.value(l.from, -1);
        const int b = indexOf.value(l.to, -1);
        if (a < 0 || b < 0 || !placed[static_cast<size_t>(a)] || !placed[static_cast<size_t>(b)]
            || model.nodes[a].kind == model.nodes[b].kind)
            continue;
        nbrs[static_cast<size_t>(a)].push_back(b);
        nbrs[static_cast<size_t>(b)].push_back(a);
    }

    // Offsets: where each card would stand if the column were packed from 0.
    std::vector<std::vector<double>> offsets(columns.size());
    for (size_t c = 0; c < columns.size(); ++c) {
        double y = 0.0;
        const auto &col = columns[c];
        for (size_t i = 0; i < col.size(); ++i) {
            if (i > 0) {
                const QString &g0 = model.nodes[col[i - 1]].group;
                const QString &g1 = model.nodes[col[i]].group;
                y += heights[static_cast<size_t>(col[i - 1])]
                     + (g0 == g1 ? options.nodeGap : options.groupGap);
            }
            offsets[c].push_back(y);
        }
        // Start centred on 0.
        const double total = col.empty() ? 0.0 : y + heights[static_cast<size_t>(col.back())];
        for (size_t i = 0; i < col.size(); ++i)
            top[static_cast<size_t>(col[i])] = offsets[c][i] - total / 2.0;
    }

    std::vector<double> targets;
    std::vector<double> weights;
    for (int sweep = 0; sweep < placementSweeps; ++sweep) {
        const bool forward = sweep % 2 == 0;
        for (size_t k = 0; k < columns.size(); ++k) {
            const size_t c = forward ? k : columns.size() - 1 - k;
            const auto &col = columns[c];
            targets.assign(col.size(), 0.0);
            weights.assign(col.size(), 0.0);
            for (size_t i = 0; i < col.size(); ++i) {
                const size_t n = static_cast<size_t>(col[i]);
                double want = top[n] + heights[n] / 2.0;
                double weight = looseWeight;
                if (!nbrs[n].empty()) {
                    double sum = 0.0;
                    for (int m : nbrs[n])
                        sum += top[static_cast<size_t>(m)] + heights[static_cast<size_t>(m)] / 2.0;
                    want = sum / static_cast<double>(nbrs[n].size());
                    weight = static_cast<double>(nbrs[n].size());
                }
                targets[i] = want - heights[n] / 2.0 - offsets[c][i];
                weights[i] = weight;
            }
            const std::vector<double> z = isotonic(targets, weights);
            for (size_t i = 0; i < col.size(); ++i)
                top[static_cast<size_t>(col[i])] = z[i] + offsets[c][i];
        }
    }
    return top;
}

} // namespace el
