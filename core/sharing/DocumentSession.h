#pragma once
// Everything that keeps one open document safe, in one place for the editor: the check before
// opening (read-only folder, someone else's lock), the lock, the watch on the file, the working
// copy, and saving in place or elsewhere. It never shows anything: the editor asks and decides.
#include "sharing/DiskWatcher.h"
#include "sharing/LockFile.h"
#include "util/Result.h"

#include <QObject>
#include <memory>
#include <optional>

namespace el {

class Document;
class WorkingCopy;

class DocumentSession : public QObject
{
    Q_OBJECT
public:
    // What the editor needs to know before opening a file (writes nothing but a probe file).
    struct OpenCheck
    {
        QString readOnlyReason;         // empty when it can be saved in place
        std::optional<LockInfo> heldBy; // someone else has it open (stale locks are left out)
    };
    static OpenCheck check(const QString &path);

    enum class Mode {
        Normal,   // take the lock; if it cannot be written, open read-only
        ReadOnly, // "Open Read-Only": no lock, never written
        Anyway,   // "Open Anyway": take the lock over
    };

    // Follows `document` (already loaded, its file path set) from now on.
    DocumentSession(Document *document, const QString &recoveryFolder, QObject *parent = nullptr);
    ~DocumentSession() override;

    void start(Mode mode = Mode::Normal);
    // Why the document is read-only, when it is.
    const QString &readOnlyReason() const { return m_readOnlyReason; }

    // Save in place: refused when read-only or when another program changed the file.
    Result<> save();
    // Save As: the document moves to `path` (lock and watch follow) and is no longer read-only.
    Result<> saveAs(const QString &path);
    // "Reload" after changedOnDisk: the editor loads the file again; then call this.
    void reloaded();
    // A clean close (saved, or changes thrown away): the working copy and the lock go.
    void close();

    WorkingCopy *workingCopy() const { return m_workingCopy; }

Q_SIGNALS:
    void changedOnDisk();
    void workingCopyFailed(const QString &message);

private:
    void follow(const QString &path, Mode mode);

    Document *m_document;
    WorkingCopy *m_workingCopy;
    DiskWatcher *m_watcher;
    std::unique_ptr<LockFile> m_lock;
    QString m_readOnlyReason;
};

} // namespace el
