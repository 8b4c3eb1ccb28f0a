#include "canvas/ColumnLayout.h"

#include "canvas/CanvasStyle.h"

#include <optional>

namespace el {

namespace {
bool collapsible(NodeKind kind)
{
    return kind == NodeKind::Situation || kind == NodeKind::Participation || isOutcome(kind)
           || kind == NodeKind::Impact;
}
} // namespace

ColumnLayout::ColumnLayout()
    : ColumnLayout(std::array<int, nodeKindCount>{})
{}

ColumnLayout::ColumnLayout(const std::array<int, nodeKindCount> &counts, bool print)
{
    int chainCards = 0;
    for (int k = 0; k < chainColumnCount; ++k)
        chainCards += counts[static_cast<size_t>(k)];
    double x = 0;
    for (int k = 0; k < chainColumnCount; ++k) {
        const auto kind = static_cast<NodeKind>(k);
        Column &c = m_columns[static_cast<size_t>(k)];
        c.kind = kind;
        const bool empty = counts[static_cast<size_t>(k)] == 0;
        // An empty model shows the whole Kellogg shape; otherwise empty optional columns fold.
        if (chainCards == 0)
            c.collapsed = kind == NodeKind::Situation || kind == NodeKind::Participation;
        else
            c.collapsed = empty && collapsible(kind);
        c.left = x;
        c.width = c.collapsed ? CanvasStyle::collapsedWidth
                              : (print ? CanvasStyle::printColumnWidth : CanvasStyle::columnWidth);
        x += c.width + CanvasStyle::columnGap;
    }
}

const ColumnLayout::Column &ColumnLayout::column(NodeKind kind) const
{
    const int k = qBound(0, nodeKindColumn(kind), chainColumnCount - 1);
    return m_columns[static_cast<size_t>(k)];
}

std::optional<NodeKind> ColumnLayout::columnAt(double x) const
{
    for (const Column &c : m_columns) {
        if (x >= c.left - CanvasStyle::columnGap / 2
            && x < c.left + c.width + CanvasStyle::columnGap / 2)
            return c.kind;
    }
    return std::nullopt;
}

double ColumnLayout::cardLeft(NodeKind kind) const
{
    const Column &c = column(kind);
    return c.centre() - CanvasStyle::cardWidth / 2;
}

} // namespace el
