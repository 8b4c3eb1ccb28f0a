#pragma once
// The steps of saving a document in place, one virtual function each, so that tests can make any
// of them fail (a full disk, a failed flush, a refused rename, another program replacing the file
// mid-save). The defaults do the real thing.
#include "model/Project.h"
#include "util/Result.h"

#include <QByteArray>

class QFile;

namespace el {

class SaveSteps
{
public:
    virtual ~SaveSteps();

    // The complete file, as bytes.
    virtual Result<QByteArray> serialise(const Project &project);
    // Returns the number of bytes written, or -1.
    virtual qint64 write(QFile &file, const QByteArray &bytes);
    // Pushes the bytes to the disk itself (fsync), not just to the system's cache.
    virtual bool flush(QFile &file);
    // Called just before the new file replaces the old one (tests use it to play another program).
    virtual void beforeReplace(const QString &target);
    // Replaces `target` by `temp` in one step; on failure `target` is untouched. Sets `error`.
    virtual bool replace(const QString &temp, const QString &target, QString &error);
};

} // namespace el
