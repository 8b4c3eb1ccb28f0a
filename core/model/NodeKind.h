#pragma once
// The kinds of node, in the column order of a logic model (Kellogg and UW-Extension together).
#include <QString>
#include <QStringList>
#include <array>
#include <optional>

namespace el {

enum class NodeKind {
    Situation,
    Input,
    Activity,
    Participation,
    Output,
    OutcomeShort,
    OutcomeMedium,
    OutcomeLong,
    Impact,
    Assumption,
    ExternalFactor,
};

inline constexpr int nodeKindCount = 11;

inline constexpr std::array<NodeKind, nodeKindCount> allNodeKinds = {
    NodeKind::Situation, NodeKind::Input,        NodeKind::Activity,       NodeKind::Participation,
    NodeKind::Output,    NodeKind::OutcomeShort, NodeKind::OutcomeMedium,  NodeKind::OutcomeLong,
    NodeKind::Impact,    NodeKind::Assumption,   NodeKind::ExternalFactor,
};

// The interchange key, for example "outcome_medium".
QString nodeKindKey(NodeKind kind);
std::optional<NodeKind> nodeKindFromKey(QStringView key);
QStringList nodeKindKeys();

// The column title a person reads, for example "Medium-term outcomes" (translated).
QString nodeKindTitle(NodeKind kind);
// The singular name, for example "medium-term outcome" (translated).
QString nodeKindName(NodeKind kind);
// A number of cards of this kind, for example "3 activities" (translated, singular or plural).
QString nodeKindCounted(NodeKind kind, int count);
// The same name to start a sentence or a label: "Medium-term outcome".
QString nodeKindCapitalName(NodeKind kind);

// Column index, left to right; annotations (assumptions, external factors) come after the chain.
constexpr int nodeKindColumn(NodeKind kind)
{
    return static_cast<int>(kind);
}

// Assumptions and external factors annotate a model and are never part of a chain.
constexpr bool isAnnotation(NodeKind kind)
{
    return kind == NodeKind::Assumption || kind == NodeKind::ExternalFactor;
}
constexpr bool isOutcome(NodeKind kind)
{
    return kind == NodeKind::OutcomeShort || kind == NodeKind::OutcomeMedium
           || kind == NodeKind::OutcomeLong;
}
constexpr bool isOutcomeOrImpact(NodeKind kind)
{
    return isOutcome(kind) || kind == NodeKind::Impact;
}

} // namespace el
