#pragma once
// A lock file beside an open project, saying who has it open, on which computer, since when and
// in which process, so that a second person opening it can be warned (LibreOffice's convention).
#include "util/Result.h"

#include <QDateTime>
#include <QString>
#include <optional>

namespace el {

struct LockInfo
{
    QString user;
    QString host;
    qint64 pid = 0;
    QDateTime since;

    // Held by this very process.
    bool isOurs() const;
    // Left behind by a session on this computer whose process is no longer running.
    bool isStale() const;
    // One line for a person: "Alex Smith on PC-0042 since 26 Nov 2026 10:15".
    QString describe() const;
};

class LockFile
{
public:
    enum class Outcome {
        Acquired,    // the lock is ours now
        HeldByOther, // someone else has the document open: see holder()
        NotWritable, // the lock could not be written (e.g. a read-only folder): see reason()
    };

    explicit LockFile(const QString &documentPath);
    ~LockFile(); // releases the lock if it is ours
    LockFile(const LockFile &) = delete;
    LockFile &operator=(const LockFile &) = delete;

    // The lock file's path for a document: ".~lock.NAME.eqlm#" in the same folder.
    static QString lockPathFor(const QString &documentPath);
    // Reads the lock beside a document, if there is one that can be read.
    static std::optional<LockInfo> read(const QString &documentPath);

    // Takes the lock unless someone else holds it; a stale lock (its process on this computer
    // has gone) is cleared first.
    Outcome tryLock();
    // "Open Anyway": takes the lock even though someone else holds it.
    Outcome forceLock();
    void unlock();

    bool isLocked() const { return m_locked; }
    const std::optional<LockInfo> &holder() const { return m_holder; }
    const QString &reason() const { return m_reason; }
    const QString &path() const { return m_lockPath; }

    // The lock this process would write, for the current user and computer.
    static LockInfo currentLock();

private:
    Outcome write(bool replace);

    QString m_documentPath;
    QString m_lockPath;
    bool m_locked = false;
    std::optional<LockInfo> m_holder;
    QString m_reason;
};

} // namespace el
