#include "commands/EditProjectCommand.h"

#include "commands/ModelCommand.h"

namespace el {

EditProjectCommand::EditProjectCommand(Project *project, const ProjectMeta &after,
                                       QUndoCommand *parent)
    : QUndoCommand(commandText("Edit project details"), parent)
    , m_project(project)
    , m_before(project->meta())
    , m_after(after)
{}

void EditProjectCommand::redo()
{
    m_project->setMeta(m_after);
}

void EditProjectCommand::undo()
{
    m_project->setMeta(m_before);
}

} // namespace el
