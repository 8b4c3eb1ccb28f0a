#include "sharing/DiskWatcher.h"

#include <QFileInfo>
#include <QFileSystemWatcher>

namespace el {

DiskWatcher::DiskWatcher(QObject *parent)
    : QObject(parent)
    , m_watcher(new QFileSystemWatcher(this))
{
    // Another program may write in several steps: look once it has settled.
    m_settle.setSingleShot(true);
    m_settle.setInterval(200);
    connect(&m_settle, &QTimer::timeout, this, &DiskWatcher::check);
    connect(m_watcher, &QFileSystemWatcher::fileChanged, this, [this] { m_settle.start(); });
    // Replacing by rename (as every careful program saves) drops the watch on the old file: the
    // folder tells us, and the file is watched again.
    connect(m_watcher, &QFileSystemWatcher::directoryChanged, this, [this] { m_settle.start(); });
}

void DiskWatcher::watch(const QString &path)
{
    stop();
    m_path = QFileInfo(path).absoluteFilePath();
    m_expected = FileFingerprint::of(m_path);
    m_reported = m_expected;
    rewatch();
}

void DiskWatcher::stop()
{
    if (!m_watcher->files().isEmpty())
        m_watcher->removePaths(m_watcher->files());
    if (!m_watcher->directories().isEmpty())
        m_watcher->removePaths(m_watcher->directories());
    m_settle.stop();
    m_path.clear();
}

void DiskWatcher::acceptCurrent()
{
    if (m_path.isEmpty())
        return;
    m_expected = FileFingerprint::of(m_path);
    m_reported = m_expected;
    rewatch();
}

bool DiskWatcher::isChangedOnDisk() const
{
    return !m_path.isEmpty() && !FileFingerprint::of(m_path).sameContentAs(m_expected);
}

void DiskWatcher::rewatch()
{
    if (m_path.isEmpty())
        return;
    const QString folder = QFileInfo(m_path).absolutePath();
    if (!m_watcher->directories().contains(folder))
        m_watcher->addPath(folder);
    if (QFileInfo::exists(m_path) && !m_watcher->files().contains(m_path))
        m_watcher->addPath(m_path);
}

void DiskWatcher::check()
{
    rewatch();
    const FileFingerprint now = FileFingerprint::of(m_path);
    if (now.sameContentAs(m_expected) || now.sameContentAs(m_reported))
        return;
    m_reported = now;
    Q_EMIT changedOnDisk();
}

} // namespace el
