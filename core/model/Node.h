#pragma once
// A card on the logic model: one input, activity, output, outcome, impact or annotation.
#include "model/Ids.h"
#include "model/Indicator.h"
#include "model/NodeKind.h"
#include "principles/PrincipleSet.h"

#include <QFlags>
#include <QList>
#include <QPointF>
#include <QString>

namespace el {

enum class NodeField {
    Kind = 0x01,
    Title = 0x02,
    Description = 0x04,
    Population = 0x08,
    Principles = 0x10,
    Group = 0x20,
    Position = 0x40,
    Indicators = 0x80,
};
Q_DECLARE_FLAGS(NodeFields, NodeField)
Q_DECLARE_OPERATORS_FOR_FLAGS(NodeFields)

struct Node
{
    NodeId id;
    NodeKind kind = NodeKind::Activity;
    QString title;
    QString description;
    QString population; // the population or equity focus whose gap this aims to narrow
    PrincipleSet principles;
    QString group; // optional strand
    QPointF pos;
    QList<Indicator> indicators;

    // Which fields differ between two versions of one node.
    static NodeFields difference(const Node &a, const Node &b);
    friend bool operator==(const Node &, const Node &) = default;
};

} // namespace el
