#pragma once
// Waives a finding (or withdraws a waiver): replaces the project's list of waivers.
#include "model/Project.h"

#include <QUndoCommand>

namespace el {

class SetWaiversCommand : public QUndoCommand
{
public:
    SetWaiversCommand(Project *project, QList<Waiver> after, const QString &text,
                      QUndoCommand *parent = nullptr);

    void redo() override;
    void undo() override;

private:
    Project *m_project;
    QList<Waiver> m_before;
    QList<Waiver> m_after;
};

} // namespace el
