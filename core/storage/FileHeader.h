#pragma once
// The first 100 bytes of a project file, checked before SQLite parses anything: SQLite's magic,
// a sane page size, a rollback journal (not WAL), our application id, a format this version
// reads, and a length that matches what the header promises.
#include "util/Result.h"

#include <QByteArray>

namespace el {

struct FileHeader
{
    int pageSize = 0;
    qint64 pageCount = 0;
    int format = 0; // PRAGMA user_version
    qint32 applicationId = 0;

    // The header of these bytes, or a plain reason (without the file name) why they cannot be a
    // project this version of Equity Logic reads.
    static Result<FileHeader> check(const QByteArray &bytes, int newestFormat);
};

} // namespace el
