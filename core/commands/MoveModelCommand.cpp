#include "commands/MoveModelCommand.h"

namespace el {

MoveModelCommand::MoveModelCommand(Project *project, ModelId model, int toIndex,
                                   QUndoCommand *parent)
    : ModelCommand(project, model, commandText("Reorder models"), parent)
    , m_from(project->modelIndex(model))
    , m_to(toIndex)
{}

void MoveModelCommand::redo()
{
    project()->moveModel(modelId(), m_to);
}

void MoveModelCommand::undo()
{
    project()->moveModel(modelId(), m_from);
}

} // namespace el
