#pragma once
// Removes a logic model; undo restores it whole, in its place.
#include "model/Project.h"

#include <QUndoCommand>

namespace el {

class RemoveModelCommand : public QUndoCommand
{
public:
    RemoveModelCommand(Project *project, ModelId model, QUndoCommand *parent = nullptr);

    void redo() override;
    void undo() override;

private:
    Project *m_project;
    ModelData m_data;
    int m_index;
};

} // namespace el
