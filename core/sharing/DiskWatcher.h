#pragma once
// Tells when another program changes or replaces an open document on disk. It compares what is
// on disk with what we loaded or last saved, so our own saves never raise the alarm.
#include "sharing/FileFingerprint.h"

#include <QObject>
#include <QTimer>

class QFileSystemWatcher;

namespace el {

class DiskWatcher : public QObject
{
    Q_OBJECT
public:
    explicit DiskWatcher(QObject *parent = nullptr);

    // Starts watching `path`, whose current contents are taken as ours.
    void watch(const QString &path);
    void stop();
    const QString &path() const { return m_path; }

    // After our own save: these bytes are what the file holds now.
    void acceptCurrent();
    // Compares the file with what we expect now (the editor may also call this on focus).
    bool isChangedOnDisk() const;
    const FileFingerprint &expected() const { return m_expected; }

Q_SIGNALS:
    // Another program changed, replaced or deleted the file. Emitted once per change.
    void changedOnDisk();

private:
    void check();
    void rewatch();

    QFileSystemWatcher *m_watcher;
    QTimer m_settle;
    QString m_path;
    FileFingerprint m_expected;
    FileFingerprint m_reported;
};

} // namespace el
