#pragma once
// What the automatic layout is asked to do (sizes, spacing, selection) and what it returns.
#include "layout/CardMetrics.h"
#include "model/Ids.h"
#include "model/Node.h"

#include <QHash>
#include <QList>
#include <QPointF>
#include <QSet>
#include <QSizeF>
#include <functional>

namespace el {

struct LayoutOptions
{
    // The size of a node's card (cards grow with their text): the editor measures its cards;
    // unset, the size is estimated from the text (CardMetrics::estimate).
    std::function<QSizeF(const Node &)> cardSize;

    double columnPitch = 280.0; // x distance between neighbouring kind columns
    double nodeGap = 24.0;      // vertical space between two cards of one column
    double groupGap = 48.0;     // vertical space between two strands (groups) in a column
    double bandGap = 80.0;      // space between the chain columns and the annotation band
    QPointF origin{0.0, 0.0};   // top left of the layout

    // When not empty, only these nodes move: they swap places among the slots they hold now.
    QSet<NodeId> selection;

    QSizeF sizeOf(const Node &node) const
    {
        return cardSize ? cardSize(node) : CardMetrics::estimate(node);
    }
    // The x of a kind's column (its cards' left edge).
    double columnX(NodeKind kind) const { return origin.x() + nodeKindColumn(kind) * columnPitch; }
};

struct LayoutResult
{
    QHash<NodeId, QPointF> positions; // new top-left position of every node that was laid out
    qint64 crossingsBefore = 0;       // crossings between neighbouring columns, before and after
    qint64 crossingsAfter = 0;

    // The nodes whose position changes, ready for MoveNodesCommand / TidyCommand.
    QList<QPair<NodeId, QPointF>> moves(const QList<Node> &nodes) const;
};

} // namespace el
