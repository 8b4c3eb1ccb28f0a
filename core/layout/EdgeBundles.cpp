#include "layout/EdgeBundles.h"

#include <QHash>
#include <algorithm>
#include <map>
#include <set>

namespace el::EdgeBundles {

namespace {
constexpr size_t maxPairCandidates = 64; // sources beyond this: only their own target sets

struct PairLinks
{
    std::vector<int> sources;                       // node indices, first-seen order
    std::map<int, std::map<int, LinkId>> linksFrom; // source -> target -> link
};

QPointF junctionOf(const ModelData &model, const QList<int> &sources, const QList<int> &targets,
                   const LayoutOptions &options)
{
    double right = std::numeric_limits<double>::lowest();
    double left = std::numeric_limits<double>::max();
    double ys = 0.0;
    double yt = 0.0;
    for (int s : sources) {
        const QSizeF size = options.sizeOf(model.nodes[s]);
        right = std::max(right, model.nodes[s].pos.x() + size.width());
        ys += model.nodes[s].pos.y() + size.height() / 2.0;
    }
    for (int t : targets) {
        const QSizeF size = options.sizeOf(model.nodes[t]);
        left = std::min(left, model.nodes[t].pos.x());
        yt += model.nodes[t].pos.y() + size.height() / 2.0;
    }
    return {(right + left) / 2.0, (ys / sources.size() + yt / targets.size()) / 2.0};
}

void findInPair(const ModelData &model, PairLinks &pair, const LayoutOptions &options,
                size_t minSide, QList<EdgeBundle> &out)
{
    for (;;) {
        // Candidate target sets: each source's own, and (when few) those two sources share.
        std::vector<std::set<int>> candidates;
        std::vector<std::set<int>> sets;
        for (int s : pair.sources) {
            std::set<int> t;
            for (const auto &[target, link] : pair.linksFrom[s])
                t.insert(target);
            sets.push_back(t);
            if (t.size() >= minSide)
                candidates.push_back(t);
        }
        if (sets.size() <= maxPairCandidates) {
            for (size_t i = 0; i < sets.size(); ++i) {
                for (size_t j = i + 1; j < sets.size(); ++j) {
                    std::set<int> both;
                    std::set_intersection(sets[i].begin(), sets[i].end(), sets[j].begin(),
                                          sets[j].end(), std::inserter(both, both.end()));
                    if (both.size() >= minSide)
                        candidates.push_back(both);
                }
            }
        }
        size_t bestCover = 0;
        std::set<int> bestTargets;
        std::vector<int> bestSources;
        for (const auto &t : candidates) {
            std::vector<int> srcs;
            for (size_t i = 0; i < sets.size(); ++i) {
                if (std::includes(sets[i].begin(), sets[i].end(), t.begin(), t.end()))
                    srcs.push_back(pair.sources[i]);
            }
            if (srcs.size() >= minSide && srcs.size() * t.size() > bestCover) {
                bestCover = srcs.size() * t.size();
                bestTargets = t;
                bestSources = srcs;
            }
        }
        if (bestCover == 0)
            return;
        EdgeBundle bundle;
        QList<int> s(bestSources.begin(), bestSources.end());
        QList<int> t(bestTargets.begin(), bestTargets.end());
        for (int src : bestSources) {
            bundle.sources << model.nodes[src].id;
            for (int tgt : bestTargets) {
                bundle.links << pair.linksFrom[src][tgt];
                pair.linksFrom[src].erase(tgt);
            }
        }
        for (int tgt : bestTargets)
            bundle.targets << model.nodes[tgt].id;
        bundle.junction = junctionOf(model, s, t, options);
        out << bundle;
    }
}
} // namespace

QList<EdgeBundle> find(const ModelData &model, const LayoutOptions &options, int minSide)
{
    QHash<NodeId, int> indexOf;
    for (qsizetype i = 0; i < model.nodes.size(); ++i)
        indexOf.insert(model.nodes[i].id, static_cast<int>(i));
    std::map<std::pair<int, int>, PairLinks> pairs; // (from column, to column)
    for (const Link &l : model.links) {
        const int a = indexOf.value(l.from, -1);
        const int b = indexOf.value(l.to, -1);
        if (a < 0 || b < 0)
            continue;
        const int ca = nodeKindColumn(model.nodes[a].kind);
        const int cb = nodeKindColumn(model.nodes[b].kind);
        if (ca >= cb || isAnnotation(model.nodes[a].kind) || isAnnotation(model.nodes[b].kind))
            continue;
        PairLinks &p = pairs[{ca, cb}];
        auto &from = p.linksFrom[a];
        if (from.empty())
            p.sources.push_back(a);
        from.emplace(b, l.id);
    }
    QList<EdgeBundle> out;
    for (auto &[columns, pair] : pairs)
        findInPair(model, pair, options, static_cast<size_t>(std::max(1, minSide)), out);
    return out;
}

} // namespace el::EdgeBundles
