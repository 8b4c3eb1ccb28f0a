#include "sharing/SaveSteps.h"

#include "storage/ProjectFile.h"

#include <QFile>
#include <filesystem>
#include <system_error>

#ifdef Q_OS_WIN
#include <io.h>
#else
#include <unistd.h>
#endif

namespace el {

SaveSteps::~SaveSteps() = default;

Result<QByteArray> SaveSteps::serialise(const Project &project)
{
    return ProjectFile::toBytes(project);
}

qint64 SaveSteps::write(QFile &file, const QByteArray &bytes)
{
    return file.write(bytes);
}

bool SaveSteps::flush(QFile &file)
{
    if (!file.flush())
        return false;
#ifdef Q_OS_WIN
    return _commit(file.handle()) == 0;
#else
    return ::fsync(file.handle()) == 0;
#endif
}

void SaveSteps::beforeReplace(const QString &) {}

bool SaveSteps::replace(const QString &temp, const QString &target, QString &error)
{
    std::error_code code;
    // rename() replaces the target atomically (MoveFileEx with REPLACE_EXISTING on Windows).
    std::filesystem::rename(std::filesystem::path(temp.toStdU16String()),
                            std::filesystem::path(target.toStdU16String()), code);
    if (code)
        error = QString::fromLocal8Bit(code.message().c_str());
    return !code;
}

} // namespace el
