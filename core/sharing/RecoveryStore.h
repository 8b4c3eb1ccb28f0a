#pragma once
// The working copies left behind by sessions that ended without saving (a crash, a kill, a power
// cut), so that the next start can offer Recover, Save As or Discard for each.
#include "model/Project.h"
#include "sharing/RecoveryEntry.h"
#include "util/Result.h"

#include <QList>
#include <memory>

namespace el {

class RecoveryStore
{
public:
    explicit RecoveryStore(const QString &folder = defaultFolder());

    // AppDataLocation/recovery.
    static QString defaultFolder();
    const QString &folder() const { return m_folder; }

    // Every working copy whose session is no longer running, most recent first. Copies that
    // another running window still keeps are left out.
    QList<RecoveryEntry> entries() const;

    // Opens a working copy (checked like any project file).
    Result<std::unique_ptr<Project>> recover(const RecoveryEntry &entry) const;
    // Writes a working copy to a file the user chose, then forgets it.
    Result<> saveAs(const RecoveryEntry &entry, const QString &path) const;
    // Forgets a working copy.
    void discard(const RecoveryEntry &entry) const;

private:
    QString m_folder;
};

} // namespace el
