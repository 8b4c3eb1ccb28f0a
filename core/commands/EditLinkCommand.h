#pragma once
// Changes a link's rationale or strength.
#include "commands/ModelCommand.h"

namespace el {

class EditLinkCommand : public ModelCommand
{
public:
    EditLinkCommand(Project *project, ModelId model, const Link &after,
                    QUndoCommand *parent = nullptr);

    void redo() override;
    void undo() override;

private:
    Link m_before;
    Link m_after;
};

} // namespace el
