#include "commands/RemoveModelCommand.h"

#include "commands/ModelCommand.h"

namespace el {

RemoveModelCommand::RemoveModelCommand(Project *project, ModelId model, QUndoCommand *parent)
    : QUndoCommand(parent)
    , m_project(project)
    , m_index(project->modelIndex(model))
{
    const LogicModel *m = project->model(model);
    Q_ASSERT(m);
    if (m)
        m_data = m->data();
    setText(commandText("Remove model \"%1\"").arg(m_data.name));
}

void RemoveModelCommand::redo()
{
    m_project->removeModel(m_data.id);
}

void RemoveModelCommand::undo()
{
    m_project->insertModel(m_data, m_index);
}

} // namespace el
