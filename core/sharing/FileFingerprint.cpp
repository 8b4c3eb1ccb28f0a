#include "sharing/FileFingerprint.h"

#include "util/Sha256.h"

#include <QFile>
#include <QFileInfo>

namespace el {

FileFingerprint FileFingerprint::of(const QString &path)
{
    FileFingerprint print;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return print;
    Sha256 hash;
    if (!hash.add(file))
        return print;
    const QFileInfo info(path);
    print.exists = true;
    print.size = info.size();
    print.modified = info.lastModified();
    print.checksum = hash.result();
    return print;
}

QByteArray FileFingerprint::checksumOf(const QByteArray &bytes)
{
    return Sha256::of(bytes);
}

bool FileFingerprint::sameContentAs(const FileFingerprint &other) const
{
    if (exists != other.exists)
        return false;
    return !exists || (size == other.size && checksum == other.checksum);
}

} // namespace el
