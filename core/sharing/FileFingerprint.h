#pragma once
// What a file on disk looked like when we loaded or last saved it (size, modification time and a
// checksum of its bytes), to tell another program's change from our own save.
#include <QByteArray>
#include <QDateTime>
#include <QString>

namespace el {

struct FileFingerprint
{
    bool exists = false;
    qint64 size = -1;
    QDateTime modified;
    QByteArray checksum;

    // Reads the file now; a missing or unreadable file gives a fingerprint with exists == false.
    static FileFingerprint of(const QString &path);
    // The fingerprint of bytes we are about to write or have just read.
    static QByteArray checksumOf(const QByteArray &bytes);

    // Same contents: the checksum decides; the time alone does not (copying a file changes it).
    bool sameContentAs(const FileFingerprint &other) const;
};

} // namespace el
