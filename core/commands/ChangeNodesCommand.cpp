#include "commands/ChangeNodesCommand.h"

#include "commands/CommandIds.h"

namespace el {

ChangeNodesCommand::ChangeNodesCommand(Project *project, ModelId modelId, QList<Node> after,
                                       const QString &text, QUndoCommand *parent)
    : ModelCommand(project, modelId, text, parent)
    , m_after(std::move(after))
{
    const LogicModel *m = model();
    for (const Node &n : std::as_const(m_after)) {
        const Node *old = m->node(n.id);
        Q_ASSERT(old);
        m_before << (old ? *old : n);
    }
}

void ChangeNodesCommand::redo()
{
    LogicModel *m = model();
    for (const Node &n : std::as_const(m_after))
        m->updateNode(n);
}

void ChangeNodesCommand::undo()
{
    LogicModel *m = model();
    for (const Node &n : std::as_const(m_before))
        m->updateNode(n);
}

bool ChangeNodesCommand::mergeWith(const QUndoCommand *other)
{
    const auto *o = static_cast<const ChangeNodesCommand *>(other);
    if (o->modelId() != modelId() || o->m_after.size() != 1 || m_after.size() != 1
        || o->m_after.first().id != m_after.first().id)
        return false;
    // Merge only while the same single field keeps changing (typing into one box).
    const NodeFields mine = Node::difference(m_before.first(), m_after.first());
    const NodeFields theirs = Node::difference(m_after.first(), o->m_after.first());
    if (mine != theirs)
        return false;
    m_after = o->m_after;
    if (m_before == m_after)
        setObsolete(true);
    return true;
}

namespace {
const Node &current(Project *project, ModelId model, NodeId node)
{
    static const Node none;
    const LogicModel *m = project->model(model);
    const Node *n = m ? m->node(node) : nullptr;
    Q_ASSERT(n);
    return n ? *n : none;
}

QString editText(const Node &before, const Node &after)
{
    const NodeFields f = Node::difference(before, after);
    if (f == NodeFields(NodeField::Title))
        return commandText("Rename card");
    if (f == NodeFields(NodeField::Kind))
        return commandText("Change kind to %1").arg(nodeKindName(after.kind));
    if (f == NodeFields(NodeField::Description))
        return commandText("Edit description");
    if (f == NodeFields(NodeField::Population))
        return commandText("Edit population");
    if (f == NodeFields(NodeField::Group))
        return commandText("Change strand");
    return commandText("Edit card");
}

Node withIndicators(Node n, QList<Indicator> indicators)
{
    n.indicators = std::move(indicators);
    return n;
}
} // namespace

EditNodeCommand::EditNodeCommand(Project *project, ModelId model, const Node &after,
                                 bool mergeWhileTyping, QUndoCommand *parent)
    : ChangeNodesCommand(project, model, {after},
                         editText(current(project, model, after.id), after), parent)
{
    if (mergeWhileTyping)
        setMergeId(EditNodeTextMergeId);
}

static QList<Node> moved(Project *project, ModelId model,
                         const QList<QPair<NodeId, QPointF>> &moves)
{
    QList<Node> out;
    for (const auto &[id, pos] : moves) {
        Node n = current(project, model, id);
        n.pos = pos;
        out << n;
    }
    return out;
}

MoveNodesCommand::MoveNodesCommand(Project *project, ModelId model,
                                   const QList<QPair<NodeId, QPointF>> &moves, QUndoCommand *parent)
    : ChangeNodesCommand(project, model, moved(project, model, moves),
                         commandText(QT_TRANSLATE_N_NOOP("el::Commands", "Move %n card(s)"),
                                     static_cast<int>(moves.size())),
                         parent)
{}

static Node withPrinciples(Node n, PrincipleSet p)
{
    n.principles = p;
    return n;
}

SetNodePrinciplesCommand::SetNodePrinciplesCommand(Project *project, ModelId model, NodeId node,
                                                   PrincipleSet principles, QUndoCommand *parent)
    : ChangeNodesCommand(project, model,
                         {withPrinciples(current(project, model, node), principles)},
                         commandText("Change principles"), parent)
{}

static Node addedIndicator(Node n, const Indicator &indicator)
{
    n.indicators << indicator;
    return n;
}

AddIndicatorCommand::AddIndicatorCommand(Project *project, ModelId model, NodeId node,
                                         const Indicator &indicator, QUndoCommand *parent)
    : ChangeNodesCommand(project, model, {addedIndicator(current(project, model, node), indicator)},
                         commandText("Add indicator"), parent)
{}

static Node editedIndicator(const Node &n, const Indicator &indicator)
{
    QList<Indicator> list = n.indicators;
    for (Indicator &i : list) {
        if (i.id == indicator.id)
            i = indicator;
    }
    return withIndicators(n, list);
}

EditIndicatorCommand::EditIndicatorCommand(Project *project, ModelId model, NodeId node,
                                           const Indicator &indicator, QUndoCommand *parent)
    : ChangeNodesCommand(project, model,
                         {editedIndicator(current(project, model, node), indicator)},
                         commandText("Edit indicator"), parent)
{}

static Node removedIndicator(const Node &n, IndicatorId id)
{
    QList<Indicator> list = n.indicators;
    list.removeIf([&](const Indicator &i) { return i.id == id; });
    return withIndicators(n, list);
}

RemoveIndicatorCommand::RemoveIndicatorCommand(Project *project, ModelId model, NodeId node,
                                               IndicatorId indicator, QUndoCommand *parent)
    : ChangeNodesCommand(project, model,
                         {removedIndicator(current(project, model, node), indicator)},
                         commandText("Remove indicator"), parent)
{}

} // namespace el
