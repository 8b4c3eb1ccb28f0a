#pragma once
// Connects two nodes.
#include "commands/ModelCommand.h"

namespace el {

class AddLinkCommand : public ModelCommand
{
public:
    AddLinkCommand(Project *project, ModelId model, const Link &link,
                   QUndoCommand *parent = nullptr);

    void redo() override;
    void undo() override;

private:
    Link m_link;
};

} // namespace el
