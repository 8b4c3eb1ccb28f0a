#include "sharing/SafeSave.h"

#include "sharing/WriteAccess.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryFile>

#ifndef Q_OS_WIN
#include <fcntl.h>
#include <unistd.h>
#endif

namespace el::SafeSave {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("el::SafeSave", text);
}

std::unexpected<QString> refuse(const QString &path, const QString &reason)
{
    return failure(tr("\"%1\" was not saved. %2 The file on disk has not been changed, and your "
                      "changes are still open here.")
                       .arg(QDir::toNativeSeparators(path), reason));
}

QString changedElsewhere()
{
    return tr("Another program changed or replaced the file since you opened it, so it was not "
              "overwritten. Use Save As to save your version under a new name.");
}

// Makes the rename itself survive a power cut.
void syncFolder(const QString &folder)
{
#ifndef Q_OS_WIN
    const int fd = ::open(QFile::encodeName(folder).constData(), O_RDONLY | O_DIRECTORY);
    if (fd >= 0) {
        ::fsync(fd);
        ::close(fd);
    }
#else
    Q_UNUSED(folder);
#endif
}

} // namespace

Result<> save(const Project &project, const QString &path,
              const std::optional<FileFingerprint> &expected, SaveSteps &steps)
{
    const QFileInfo target(path);
    if (const QString reason = WriteAccess::readOnlyReason(path); !reason.isEmpty())
        return refuse(path, reason);
    if (expected && !FileFingerprint::of(path).sameContentAs(*expected))
        return refuse(path, changedElsewhere());

    auto bytes = steps.serialise(project);
    if (!bytes)
        return refuse(path, bytes.error());

    QTemporaryFile temp(
        target.absoluteDir().filePath(QStringLiteral(".%1.XXXXXX").arg(target.fileName())));
    if (!temp.open())
        return refuse(path, tr("A new file could not be made in the folder (%1). Check that the "
                               "folder still exists and that you may write there, or use Save "
                               "As.")
                                .arg(temp.errorString()));
    if (steps.write(temp, *bytes) != bytes->size())
        return refuse(path, tr("Writing failed (%1). The disk may be full: free some space, or "
                               "use Save As to save somewhere else.")
                                .arg(temp.errorString()));
    if (!steps.flush(temp))
        return refuse(path, tr("The file could not be written to the disk (%1). The disk may be "
                               "full or removed: free some space or check the drive, then save "
                               "again, or use Save As.")
                                .arg(temp.errorString()));
    temp.close();
    // The saved file keeps the old one's permissions, not the private ones of a temporary file.
    temp.setPermissions(target.exists() ? target.permissions()
                                        : QFileDevice::ReadOwner | QFileDevice::WriteOwner
                                              | QFileDevice::ReadGroup | QFileDevice::ReadOther);

    steps.beforeReplace(path);
    if (expected && !FileFingerprint::of(path).sameContentAs(*expected))
        return refuse(path, changedElsewhere());

    QString error;
    if (!steps.replace(temp.fileName(), path, error))
        return refuse(path, tr("The new file could not take the place of the old one (%1). Save "
                               "again, or use Save As.")
                                .arg(error));
    temp.setAutoRemove(false);
    syncFolder(target.absolutePath());
    return {};
}

Result<> save(const Project &project, const QString &path,
              const std::optional<FileFingerprint> &expected)
{
    SaveSteps steps;
    return save(project, path, expected, steps);
}

} // namespace el::SafeSave
