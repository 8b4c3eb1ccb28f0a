#pragma once
// Moves a logic model up or down the project's list.
#include "commands/ModelCommand.h"

namespace el {

class MoveModelCommand : public ModelCommand
{
public:
    MoveModelCommand(Project *project, ModelId model, int toIndex, QUndoCommand *parent = nullptr);

    void redo() override;
    void undo() override;

private:
    int m_from;
    int m_to;
};

} // namespace el
