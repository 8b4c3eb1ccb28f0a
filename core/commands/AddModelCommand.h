#pragma once
// Adds a logic model (new, duplicated or imported) to the project.
#include "model/Project.h"

#include <QUndoCommand>

namespace el {

class AddModelCommand : public QUndoCommand
{
public:
    AddModelCommand(Project *project, ModelData data, int index = -1,
                    QUndoCommand *parent = nullptr);

    void redo() override;
    void undo() override;

private:
    Project *m_project;
    ModelData m_data;
    int m_index;
};

} // namespace el
