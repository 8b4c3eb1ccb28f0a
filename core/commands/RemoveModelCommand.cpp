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
    m_waivers = m_project->waivers();
    QList<Waiver> kept = m_waivers;
    kept.removeIf([this](const Waiver &w) { return w.model == m_data.id; });
    m_project->setWaivers(std::move(kept)); // first: no moment with a waiver for a missing model
    m_project->removeModel(m_data.id);
}

void RemoveModelCommand::undo()
{
    m_project->insertModel(m_data, m_index);
    m_project->setWaivers(m_waivers);
}

} // namespace el
