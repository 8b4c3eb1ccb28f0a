#pragma once
// Base of the commands that change one logic model: they address it by id, because undoing a
// model's removal recreates it as a new object.
#include "model/Project.h"

#include <QUndoCommand>

namespace el {

class ModelCommand : public QUndoCommand
{
public:
    ModelCommand(Project *project, ModelId model, const QString &text,
                 QUndoCommand *parent = nullptr);

protected:
    LogicModel *model() const;
    Project *project() const { return m_project; }
    ModelId modelId() const { return m_model; }

private:
    Project *m_project;
    ModelId m_model;
};

// Translated command texts share one context, "el::Commands". A text with a count (n >= 0) is
// marked for lupdate where it is written, so that its singular and plural forms are found:
// commandText(QT_TRANSLATE_N_NOOP("el::Commands", "Add %n card(s)"), count).
QString commandText(const char *text, int n = -1);

} // namespace el
