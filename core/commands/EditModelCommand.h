#pragma once
// Renames a logic model or changes its description or owning subgroup.
#include "commands/ModelCommand.h"

namespace el {

class EditModelCommand : public ModelCommand
{
public:
    EditModelCommand(Project *project, ModelId model, const QString &name,
                     const QString &description, const QString &owner,
                     QUndoCommand *parent = nullptr);

    void redo() override;
    void undo() override;

private:
    QString m_name[2];
    QString m_description[2];
    QString m_owner[2];
};

} // namespace el
