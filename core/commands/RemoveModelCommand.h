#pragma once
// Removes a logic model and the findings accepted in it (a waiver never names a model that is not
// in the project); undo restores both, the model whole and in its place.
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
    QList<Waiver> m_waivers; // the project's, before the removal
};

} // namespace el
