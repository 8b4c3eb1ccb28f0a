#include "mainwindow/ValidationController.h"

#include "model/Project.h"

namespace el {

ValidationController::ValidationController(Project *project, QObject *parent)
    : QObject(parent)
    , m_project(project)
{
    m_timer.setSingleShot(true);
    m_timer.setInterval(0);
    connect(&m_timer, &QTimer::timeout, this, &ValidationController::validateNow);
    connect(project, &Project::contentChanged, this, &ValidationController::schedule);
    connect(project, &Project::waiversChanged, this, &ValidationController::schedule);
    connect(project, &Project::modelAdded, this, &ValidationController::schedule);
    connect(project, &Project::modelRemoved, this, &ValidationController::schedule);
    connect(project, &Project::modelMoved, this, &ValidationController::schedule);
}

QList<Diagnostic> ValidationController::diagnosticsFor(ModelId model) const
{
    QList<Diagnostic> out;
    for (const Diagnostic &d : m_result.diagnostics) {
        if (d.model == model)
            out << d;
    }
    return out;
}

void ValidationController::validateNow()
{
    m_timer.stop();
    m_result = Validator::validate(*m_project);
    Q_EMIT validated(m_result);
}

void ValidationController::schedule()
{
    m_timer.start();
}

} // namespace el
