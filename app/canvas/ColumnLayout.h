#pragma once
// Where each column of a logic model sits on the canvas, given how many cards each kind has.
// Chain columns run left to right in DESIGN.md's order; an empty optional column collapses to a
// narrow strip that can still be double-clicked. Assumptions and external factors live in a band
// under the columns, in two halves.
#include "model/NodeKind.h"

#include <QRectF>
#include <array>
#include <optional>

namespace el {

class ColumnLayout
{
public:
    struct Column
    {
        NodeKind kind = NodeKind::Input;
        double left = 0;
        double width = 0;
        bool collapsed = false;
        double centre() const { return left + width / 2; }
        friend bool operator==(const Column &, const Column &) = default;
    };

    ColumnLayout();
    // counts[k] is the number of cards of kind k. For paper, columns are narrower (no room is
    // needed around the cards for handles and dragging).
    explicit ColumnLayout(const std::array<int, nodeKindCount> &counts, bool print = false);

    // Chain columns only (situation to impact), left to right.
    static constexpr int chainColumnCount = 9;
    const Column &column(NodeKind kind) const;
    const std::array<Column, chainColumnCount> &columns() const { return m_columns; }

    double left() const { return m_columns.front().left; }
    double right() const { return m_columns.back().left + m_columns.back().width; }

    // The chain column under a scene x, if any (collapsed strips included).
    std::optional<NodeKind> columnAt(double x) const;
    // The x a card of this chain kind takes (its left edge).
    double cardLeft(NodeKind kind) const;

    friend bool operator==(const ColumnLayout &, const ColumnLayout &) = default;

private:
    std::array<Column, chainColumnCount> m_columns;
};

} // namespace el
