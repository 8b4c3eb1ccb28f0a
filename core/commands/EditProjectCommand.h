#pragma once
// Changes the project's title, place or description.
#include "model/Project.h"

#include <QUndoCommand>

namespace el {

class EditProjectCommand : public QUndoCommand
{
public:
    EditProjectCommand(Project *project, const ProjectMeta &after, QUndoCommand *parent = nullptr);

    void redo() override;
    void undo() override;

private:
    Project *m_project;
    ProjectMeta m_before;
    ProjectMeta m_after;
};

} // namespace el
