#pragma once
// Removes nodes together with every link that touches them (and any other links named), and
// puts all of them back in their places on undo.
#include "commands/ModelCommand.h"

namespace el {

class RemoveNodesCommand : public ModelCommand
{
public:
    RemoveNodesCommand(Project *project, ModelId model, const QList<NodeId> &nodes,
                       const QList<LinkId> &links = {}, QUndoCommand *parent = nullptr);

    void redo() override;
    void undo() override;

private:
    // Snapshots with their index in the model, in ascending index order.
    QList<QPair<qsizetype, Node>> m_nodes;
    QList<QPair<qsizetype, Link>> m_links;
};

// Disconnect: removes links only.
class RemoveLinksCommand : public RemoveNodesCommand
{
public:
    RemoveLinksCommand(Project *project, ModelId model, const QList<LinkId> &links,
                       QUndoCommand *parent = nullptr);
};

} // namespace el
