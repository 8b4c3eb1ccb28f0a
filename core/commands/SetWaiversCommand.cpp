#include "commands/SetWaiversCommand.h"

namespace el {

SetWaiversCommand::SetWaiversCommand(Project *project, QList<Waiver> after, const QString &text,
                                     QUndoCommand *parent)
    : QUndoCommand(text, parent)
    , m_project(project)
    , m_before(project->waivers())
    , m_after(std::move(after))
{}

void SetWaiversCommand::redo()
{
    m_project->setWaivers(m_after);
}

void SetWaiversCommand::undo()
{
    m_project->setWaivers(m_before);
}

} // namespace el
