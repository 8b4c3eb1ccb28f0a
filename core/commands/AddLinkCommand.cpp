#include "commands/AddLinkCommand.h"

namespace el {

AddLinkCommand::AddLinkCommand(Project *project, ModelId model, const Link &link,
                               QUndoCommand *parent)
    : ModelCommand(project, model, commandText("Connect cards"), parent)
    , m_link(link)
{}

void AddLinkCommand::redo()
{
    model()->insertLink(m_link);
}

void AddLinkCommand::undo()
{
    model()->removeLink(m_link.id);
}

} // namespace el
