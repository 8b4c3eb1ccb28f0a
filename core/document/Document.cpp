#include "document/Document.h"

#include "commands/ChangeNodesCommand.h"

#include <QCoreApplication>
#include <QFileInfo>

namespace el {

Document::Document(std::unique_ptr<Project> project, QObject *parent)
    : QObject(parent)
    , m_project(project ? std::move(project) : std::make_unique<Project>())
    , m_undoStack(new QUndoStack(this))
{
    connect(m_undoStack, &QUndoStack::cleanChanged, this,
            [this](bool clean) { Q_EMIT modifiedChanged(!clean); });
}

Document::~Document()
{
    // Commands refer to the project: clear them before it goes.
    m_undoStack->clear();
}

void Document::setFilePath(const QString &path)
{
    if (path == m_filePath)
        return;
    m_filePath = path;
    Q_EMIT filePathChanged(path);
}

QString Document::displayName() const
{
    if (m_filePath.isEmpty())
        return QCoreApplication::translate("el::Document", "Untitled");
    return QFileInfo(m_filePath).fileName();
}

bool Document::isModified() const
{
    return !m_undoStack->isClean();
}

void Document::markSaved()
{
    m_undoStack->setClean();
}

void Document::setReadOnly(bool readOnly)
{
    if (readOnly == m_readOnly)
        return;
    m_readOnly = readOnly;
    Q_EMIT readOnlyChanged(readOnly);
}

void Document::push(QUndoCommand *command)
{
    if (const auto *change = dynamic_cast<ChangeNodesCommand *>(command);
        change && !change->changesAnything()) {
        delete command;
        return;
    }
    m_undoStack->push(command);
}

} // namespace el
