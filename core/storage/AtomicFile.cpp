#include "storage/AtomicFile.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QSaveFile>

namespace el::AtomicFile {

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("el::ProjectFile", text);
}

constexpr qint64 chunkSize = 1 << 20;

QString unchanged()
{
    return tr("The previous version of the file, if there was one, has not been changed.");
}
} // namespace

Result<> write(const QString &path, const QByteArray &bytes, const WriteFunction &writeFn)
{
    const QFileInfo info(path);
    const QString name = QDir::toNativeSeparators(path);
    const QString folder = QDir::toNativeSeparators(info.absolutePath());
    if (!info.absoluteDir().exists())
        return failure(tr("Could not save \"%1\": the folder \"%2\" does not exist. Choose "
                          "another folder.")
                           .arg(name, folder));
    if (info.isDir())
        return failure(tr("Could not save \"%1\": there is a folder of that name. Choose another "
                          "name.")
                           .arg(name));

    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        if (file.error() == QFileDevice::OpenError && !QFileInfo(folder).isWritable())
            return failure(tr("Could not save \"%1\": you are not allowed to save in the folder "
                              "\"%2\". Save the project somewhere else, for example in your "
                              "Documents folder. %3")
                               .arg(name, folder, unchanged()));
        return failure(
            tr("Could not save \"%1\": %2. %3").arg(name, file.errorString(), unchanged()));
    }
    for (qint64 done = 0; done < bytes.size();) {
        const qint64 size = qMin(chunkSize, bytes.size() - done);
        const qint64 written = writeFn ? writeFn(file, bytes.constData() + done, size)
                                       : file.write(bytes.constData() + done, size);
        if (written <= 0) {
            const bool full = file.error() == QFileDevice::ResourceError;
            file.cancelWriting();
            if (full)
                return failure(tr("Could not save \"%1\": the disk is full. Free some space or "
                                  "save somewhere else. %2")
                                   .arg(name, unchanged()));
            return failure(tr("Could not save \"%1\": the file could not be written completely "
                              "(%2). Try again, or save somewhere else. %3")
                               .arg(name, file.errorString(), unchanged()));
        }
        done += written;
    }
    // commit() flushes the temporary file to disk, then renames it over the target.
    if (!file.flush() || !file.commit())
        return failure(
            tr("Could not save \"%1\": %2. %3").arg(name, file.errorString(), unchanged()));
    return {};
}

} // namespace el::AtomicFile
