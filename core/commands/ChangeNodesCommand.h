#pragma once
// Replaces nodes with new versions of themselves; undo puts the old versions back. Every edit
// of a node's fields (text, kind, principles, indicators, position) is one of these.
#include "commands/ModelCommand.h"

namespace el {

class ChangeNodesCommand : public ModelCommand
{
public:
    // after: the new versions, addressed by their ids; the old versions are read from the model.
    ChangeNodesCommand(Project *project, ModelId model, QList<Node> after, const QString &text,
                       QUndoCommand *parent = nullptr);

    void redo() override;
    void undo() override;
    int id() const override { return m_mergeId; }
    bool mergeWith(const QUndoCommand *other) override;

    // False when the new versions equal the old: such a command should not be pushed.
    bool changesAnything() const { return m_before != m_after; }

protected:
    void setMergeId(int id) { m_mergeId = id; }

private:
    QList<Node> m_before;
    QList<Node> m_after;
    int m_mergeId = -1;
};

// Edit one node's text fields, kind or group (the properties panel). Each committed edit is its
// own step; with mergeWhileTyping, consecutive edits of the same field of the same node (an
// editor that pushes on every keystroke) merge into one step.
class EditNodeCommand : public ChangeNodesCommand
{
public:
    EditNodeCommand(Project *project, ModelId model, const Node &after,
                    bool mergeWhileTyping = false, QUndoCommand *parent = nullptr);
};

// Move nodes: one drag or one arrow key press is one step.
class MoveNodesCommand : public ChangeNodesCommand
{
public:
    MoveNodesCommand(Project *project, ModelId model, const QList<QPair<NodeId, QPointF>> &moves,
                     QUndoCommand *parent = nullptr);
};

// Tag a node with principles (replaces its whole set).
class SetNodePrinciplesCommand : public ChangeNodesCommand
{
public:
    SetNodePrinciplesCommand(Project *project, ModelId model, NodeId node, PrincipleSet principles,
                             QUndoCommand *parent = nullptr);
};

class AddIndicatorCommand : public ChangeNodesCommand
{
public:
    AddIndicatorCommand(Project *project, ModelId model, NodeId node, const Indicator &indicator,
                        QUndoCommand *parent = nullptr);
};

class EditIndicatorCommand : public ChangeNodesCommand
{
public:
    EditIndicatorCommand(Project *project, ModelId model, NodeId node, const Indicator &indicator,
                         QUndoCommand *parent = nullptr);
};

class RemoveIndicatorCommand : public ChangeNodesCommand
{
public:
    RemoveIndicatorCommand(Project *project, ModelId model, NodeId node, IndicatorId indicator,
                           QUndoCommand *parent = nullptr);
};

} // namespace el
