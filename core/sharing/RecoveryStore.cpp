#include "sharing/RecoveryStore.h"

#include "sharing/ProcessCheck.h"
#include "storage/ProjectFile.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QStandardPaths>
#include <QSysInfo>
#include <algorithm>

namespace el {

namespace {
// A sidecar larger than this is not one of ours.
constexpr qint64 maxSidecarSize = 64 * 1024;
} // namespace

RecoveryStore::RecoveryStore(const QString &folder)
    : m_folder(folder)
{}

QString RecoveryStore::defaultFolder()
{
    return QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation))
        .filePath(QStringLiteral("recovery"));
}

QList<RecoveryEntry> RecoveryStore::entries() const
{
    QList<RecoveryEntry> list;
    const QDir dir(m_folder);
    const QString pattern = QLatin1Char('*') + RecoveryEntry::sidecarSuffix();
    for (const QFileInfo &info : dir.entryInfoList({pattern}, QDir::Files)) {
        QFile file(info.absoluteFilePath());
        if (info.size() > maxSidecarSize || !file.open(QIODevice::ReadOnly))
            continue;
        auto entry = RecoveryEntry::fromJson(file.readAll());
        if (!entry)
            continue;
        const QString stem = info.fileName().chopped(RecoveryEntry::sidecarSuffix().size());
        entry->sidecarPath = info.absoluteFilePath();
        entry->copyPath = dir.absoluteFilePath(stem + RecoveryEntry::copySuffix());
        if (!QFile::exists(entry->copyPath))
            continue;
        const bool live = entry->host == QSysInfo::machineHostName()
                          && entry->pid != QCoreApplication::applicationPid()
                          && ProcessCheck::isRunning(entry->pid);
        if (live)
            continue;
        list << *entry;
    }
    std::sort(list.begin(), list.end(), [](const RecoveryEntry &a, const RecoveryEntry &b) {
        return a.lastChanged > b.lastChanged;
    });
    return list;
}

Result<std::unique_ptr<Project>> RecoveryStore::recover(const RecoveryEntry &entry) const
{
    return ProjectFile::load(entry.copyPath);
}

Result<> RecoveryStore::saveAs(const RecoveryEntry &entry, const QString &path) const
{
    auto project = recover(entry);
    if (!project)
        return failure(project.error());
    if (auto ok = ProjectFile::save(**project, path); !ok)
        return ok;
    discard(entry);
    return {};
}

void RecoveryStore::discard(const RecoveryEntry &entry) const
{
    QFile::remove(entry.sidecarPath);
    QFile::remove(entry.copyPath);
}

} // namespace el
