#include "commands/EditLinkCommand.h"

namespace el {

EditLinkCommand::EditLinkCommand(Project *project, ModelId modelId, const Link &after,
                                 QUndoCommand *parent)
    : ModelCommand(project, modelId, commandText("Edit link"), parent)
    , m_after(after)
{
    const Link *old = model()->link(after.id);
    Q_ASSERT(old);
    m_before = old ? *old : after;
}

void EditLinkCommand::redo()
{
    model()->updateLink(m_after);
}

void EditLinkCommand::undo()
{
    model()->updateLink(m_before);
}

} // namespace el
