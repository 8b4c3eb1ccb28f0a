#pragma once
// Adds nodes and the links between them in one step: a new card, a paste, a duplicate.
#include "commands/ModelCommand.h"

namespace el {

class AddNodesCommand : public ModelCommand
{
public:
    AddNodesCommand(Project *project, ModelId model, QList<Node> nodes, QList<Link> links = {},
                    QUndoCommand *parent = nullptr);

    void redo() override;
    void undo() override;

private:
    QList<Node> m_nodes;
    QList<Link> m_links;
};

} // namespace el
