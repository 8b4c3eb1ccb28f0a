#include "sharing/DocumentSession.h"

#include "document/Document.h"
#include "sharing/SafeSave.h"
#include "sharing/WorkingCopy.h"
#include "sharing/WriteAccess.h"

#include <QFileInfo>

namespace el {

DocumentSession::OpenCheck DocumentSession::check(const QString &path)
{
    OpenCheck result;
    result.readOnlyReason = WriteAccess::readOnlyReason(path);
    if (auto lock = LockFile::read(path); lock && !lock->isOurs() && !lock->isStale())
        result.heldBy = lock;
    return result;
}

DocumentSession::DocumentSession(Document *document, const QString &recoveryFolder, QObject *parent)
    : QObject(parent)
    , m_document(document)
    , m_workingCopy(new WorkingCopy(document, recoveryFolder, this))
    , m_watcher(new DiskWatcher(this))
{
    connect(m_watcher, &DiskWatcher::changedOnDisk, this, &DocumentSession::changedOnDisk);
    connect(m_workingCopy, &WorkingCopy::failed, this, &DocumentSession::workingCopyFailed);
}

DocumentSession::~DocumentSession() = default;

void DocumentSession::start(Mode mode)
{
    follow(m_document->filePath(), mode);
}

void DocumentSession::follow(const QString &path, Mode mode)
{
    m_lock.reset();
    m_watcher->stop();
    m_readOnlyReason.clear();
    if (path.isEmpty()) {
        m_document->setReadOnly(false);
        return;
    }
    m_readOnlyReason = WriteAccess::readOnlyReason(path);
    if (m_readOnlyReason.isEmpty() && mode == Mode::ReadOnly)
        m_readOnlyReason = tr("You chose to open it read-only. Use Save As to keep your changes "
                              "in a new file.");
    if (m_readOnlyReason.isEmpty()) {
        m_lock = std::make_unique<LockFile>(path);
        const auto outcome = mode == Mode::Anyway ? m_lock->forceLock() : m_lock->tryLock();
        if (outcome == LockFile::Outcome::HeldByOther && m_lock->holder())
            m_readOnlyReason = tr("%1 has it open. Use Save As to keep your changes in a new "
                                  "file.")
                                   .arg(m_lock->holder()->describe());
        else if (outcome == LockFile::Outcome::NotWritable)
            m_readOnlyReason = tr("Others could not be told that you have it open (%1). Use "
                                  "Save As to keep your changes in a folder of your own.")
                                   .arg(m_lock->reason());
        if (!m_readOnlyReason.isEmpty())
            m_lock.reset();
    }
    m_document->setReadOnly(!m_readOnlyReason.isEmpty());
    m_watcher->watch(path);
}

Result<> DocumentSession::save()
{
    const QString path = m_document->filePath();
    if (m_document->isReadOnly())
        return failure(
            tr("\"%1\" is read-only: %2").arg(QFileInfo(path).fileName(), m_readOnlyReason));
    if (auto ok = SafeSave::save(*m_document->project(), path, m_watcher->expected()); !ok)
        return ok;
    m_watcher->acceptCurrent();
    m_document->markSaved();
    return {};
}

Result<> DocumentSession::saveAs(const QString &path)
{
    if (auto ok = SafeSave::save(*m_document->project(), path); !ok)
        return ok;
    m_document->setFilePath(path);
    follow(path, Mode::Normal);
    m_document->markSaved();
    return {};
}

void DocumentSession::reloaded()
{
    m_watcher->acceptCurrent();
}

void DocumentSession::close()
{
    m_workingCopy->discard();
    m_lock.reset();
    m_watcher->stop();
}

} // namespace el
