#include "commands/EditModelCommand.h"

namespace el {

EditModelCommand::EditModelCommand(Project *project, ModelId modelId, const QString &name,
                                   const QString &description, const QString &owner,
                                   QUndoCommand *parent)
    : ModelCommand(project, modelId, {}, parent)
{
    const LogicModel *m = model();
    m_name[0] = m->name();
    m_description[0] = m->description();
    m_owner[0] = m->owner();
    m_name[1] = name;
    m_description[1] = description;
    m_owner[1] = owner;
    setText(name != m->name() ? commandText("Rename model to \"%1\"").arg(name)
                              : commandText("Edit model details"));
}

void EditModelCommand::redo()
{
    model()->setMeta(m_name[1], m_description[1], m_owner[1]);
}

void EditModelCommand::undo()
{
    model()->setMeta(m_name[0], m_description[0], m_owner[0]);
}

} // namespace el
