#include "sharing/WriteAccess.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QTemporaryFile>

namespace el::WriteAccess {

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("el::WriteAccess", text);
}
} // namespace

QString readOnlyReason(const QString &documentPath)
{
    const QFileInfo file(documentPath);
    const QFileInfo folder(file.absolutePath());
    const QString folderReason
        = tr("It is in a folder that cannot be changed (%1), as when a mail program opens an "
             "attachment. Use Save As to keep your changes in a folder of your own.")
              .arg(QDir::toNativeSeparators(folder.absoluteFilePath()));
    if (!folder.isWritable())
        return folderReason;
    // Permission bits do not tell the whole story (read-only mounts, access lists, other
    // security layers): try it.
    QTemporaryFile probe(
        QDir(folder.absoluteFilePath()).filePath(QStringLiteral(".el-probe-XXXXXX")));
    if (!probe.open())
        return folderReason;
    probe.close();
    if (file.exists() && !file.isWritable())
        return tr("The file is marked read-only. Use Save As to keep your changes in a new file.");
    return {};
}

} // namespace el::WriteAccess
