#include "interchange/InitialPlacement.h"

#include <algorithm>
#include <array>

namespace el::InitialPlacement {

namespace {
struct Span
{
    double top;
    double bottom;
};

// The vertical spans already taken by positioned cards that would overlap a card in a column.
std::array<QList<Span>, nodeKindCount> takenSpans(const ModelData &model,
                                                  const QList<bool> &positioned)
{
    std::array<QList<Span>, nodeKindCount> taken;
    for (qsizetype i = 0; i < model.nodes.size(); ++i) {
        if (!positioned[i])
            continue;
        const QPointF p = model.nodes[i].pos;
        for (int c = 0; c < nodeKindCount; ++c) {
            const double x = c * columnWidth;
            if (p.x() < x + cardWidth && p.x() + cardWidth > x)
                taken[static_cast<size_t>(c)].append({p.y(), p.y() + cardHeight});
        }
    }
    for (auto &spans : taken)
        std::sort(spans.begin(), spans.end(),
                  [](const Span &a, const Span &b) { return a.top < b.top; });
    return taken;
}
} // namespace

void place(ModelData &model, const QList<bool> &positioned)
{
    Q_ASSERT(positioned.size() == model.nodes.size());
    if (std::all_of(positioned.begin(), positioned.end(), [](bool b) { return b; }))
        return;
    const auto taken = takenSpans(model, positioned);
    std::array<double, nodeKindCount> nextTop{};
    std::array<qsizetype, nodeKindCount> nextSpan{};
    for (qsizetype i = 0; i < model.nodes.size(); ++i) {
        if (positioned[i])
            continue;
        Node &node = model.nodes[i];
        const auto c = static_cast<size_t>(nodeKindColumn(node.kind));
        const QList<Span> &spans = taken[c];
        double top = nextTop[c];
        // Spans are sorted by top; step past every one the new card would touch.
        for (qsizetype s = nextSpan[c]; s < spans.size(); ++s) {
            if (spans[s].bottom + rowGap <= top) {
                nextSpan[c] = s + 1;
                continue;
            }
            if (spans[s].top >= top + cardHeight + rowGap)
                break;
            top = std::max(top, spans[s].bottom + rowGap);
        }
        node.pos = QPointF(static_cast<double>(c) * columnWidth, top);
        nextTop[c] = top + cardHeight + rowGap;
    }
}

} // namespace el::InitialPlacement
