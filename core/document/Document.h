#pragma once
// An open project: the model, its undo stack, the file it came from and whether it has unsaved
// changes (derived from the undo stack's clean state).
#include "model/Project.h"

#include <QObject>
#include <QUndoStack>
#include <memory>

namespace el {

class Document : public QObject
{
    Q_OBJECT
public:
    explicit Document(std::unique_ptr<Project> project = nullptr, QObject *parent = nullptr);
    ~Document() override;

    Project *project() const { return m_project.get(); }
    QUndoStack *undoStack() const { return m_undoStack; }

    const QString &filePath() const { return m_filePath; }
    void setFilePath(const QString &path);
    // The name to show in the title bar: the file's name, or "Untitled".
    QString displayName() const;

    bool isModified() const;
    // Called after a successful save: the current state becomes the clean state.
    void markSaved();

    bool isReadOnly() const { return m_readOnly; }
    void setReadOnly(bool readOnly);

    // Pushes a command (which runs its redo()). A command that changes nothing is dropped.
    void push(QUndoCommand *command);

Q_SIGNALS:
    void modifiedChanged(bool modified);
    void filePathChanged(const QString &path);
    void readOnlyChanged(bool readOnly);

private:
    std::unique_ptr<Project> m_project;
    QUndoStack *m_undoStack;
    QString m_filePath;
    bool m_readOnly = false;
};

} // namespace el
