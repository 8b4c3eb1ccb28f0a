#include "commands/ModelCommand.h"

#include <QCoreApplication>

namespace el {

ModelCommand::ModelCommand(Project *project, ModelId model, const QString &text,
                           QUndoCommand *parent)
    : QUndoCommand(text, parent)
    , m_project(project)
    , m_model(model)
{}

LogicModel *ModelCommand::model() const
{
    LogicModel *m = m_project->model(m_model);
    Q_ASSERT(m);
    return m;
}

QString commandText(const char *text, int n)
{
    return QCoreApplication::translate("el::Commands", text, nullptr, n);
}

} // namespace el
