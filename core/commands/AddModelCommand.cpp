#include "commands/AddModelCommand.h"

#include "commands/ModelCommand.h"

namespace el {

AddModelCommand::AddModelCommand(Project *project, ModelData data, int index, QUndoCommand *parent)
    : QUndoCommand(commandText("Add model \"%1\"").arg(data.name), parent)
    , m_project(project)
    , m_data(std::move(data))
    , m_index(index)
{}

void AddModelCommand::redo()
{
    m_project->insertModel(m_data, m_index);
}

void AddModelCommand::undo()
{
    m_project->removeModel(m_data.id);
}

} // namespace el
