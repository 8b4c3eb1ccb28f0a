#pragma once
// The private working copy of an open document, in the app's data folder: every change is written
// there at once (coalesced per turn of the event loop), so a crash loses nothing, while the
// user's own file changes only when they save. A small sidecar records where the document came
// from, when it last changed and how many changes it holds, for RecoveryStore.
//
// The GUI thread only takes a copy of the project's values (implicitly shared, so cheap); a
// worker thread writes the file and then its sidecar. One write runs at a time: changes during a
// write are written together, as the latest state, once it has finished.
#include "model/Project.h"
#include "sharing/RecoveryEntry.h"
#include "util/Result.h"

#include <QDateTime>
#include <QObject>
#include <QThreadPool>
#include <QTimer>
#include <functional>
#include <memory>

namespace el {

class Document;

class WorkingCopy : public QObject
{
    Q_OBJECT
public:
    // How a project reaches the working copy file; ProjectFile::save unless a test says otherwise.
    // It runs on the worker thread (or on the calling thread for commitNow()).
    using Writer = std::function<Result<>(const Project &, const QString &path)>;

    // Follows `document` from now on; its current state counts as saved. `folder` is where the
    // working copies live (RecoveryStore::defaultFolder() in the app).
    WorkingCopy(Document *document, const QString &folder, QObject *parent = nullptr);
    // Waits for a write in progress, then leaves the files in place: only discard() (a clean
    // close) removes them.
    ~WorkingCopy() override;

    void setWriter(Writer writer) { m_writer = std::move(writer); }

    // Writes the document now, on the calling thread, after any write in progress (a recovered
    // document does this before its first edit).
    Result<> commitNow();
    // The document was closed without unsaved changes, or its changes were thrown away. A write in
    // progress is waited for and nothing is written afterwards.
    void discard();

    const QString &copyPath() const { return m_copyPath; }
    const QString &sidecarPath() const { return m_sidecarPath; }
    int changeCount() const { return m_changes; }
    // How many changes the working copy on disk holds (it may lag behind during a write).
    int writtenChangeCount() const { return m_written.changes; }
    QDateTime lastChanged() const { return m_lastChanged; }
    bool hasCopy() const { return m_hasCopy; }
    // A write is running on the worker thread, or changes are waiting to be written.
    bool isBusy() const { return m_job != nullptr || m_dirty || m_pending.isActive(); }

    // How many working copies, in this process, are writing or have changes waiting (tests turn
    // the event loop until this is zero).
    static int busyCount();

Q_SIGNALS:
    void committed();
    // The working copy could not be written; the message says why (the app shows it once).
    void failed(const QString &message);

private:
    struct Job;

    void changed();
    void commitPending();
    void startWrite();
    std::shared_ptr<Job> snapshot() const;
    // Handles the end of the write in progress; `next` starts the write of waiting changes.
    void finishWrite(const std::shared_ptr<Job> &job, bool next);
    void waitForWrite();
    static void run(Job &job);
    static Result<> writeSidecar(const RecoveryEntry &entry);

    Document *m_document;
    Writer m_writer;
    QTimer m_pending;
    QThreadPool m_worker;
    std::shared_ptr<Job> m_job; // the write in progress
    bool m_dirty = false;       // changes arrived during it
    QString m_copyPath;
    QString m_sidecarPath;
    int m_changes = 0;
    QDateTime m_lastChanged;
    RecoveryEntry m_written; // what the files on disk hold
    bool m_hasCopy = false;
};

} // namespace el
