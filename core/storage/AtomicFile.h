#pragma once
// Writes a file atomically: the bytes go to a temporary file in the target's folder, which is
// flushed to disk and renamed over the target. On any failure the old file stays as it was and
// nothing is left beside it.
#include "util/Result.h"

#include <QByteArray>
#include <QString>
#include <functional>

class QIODevice;

namespace el::AtomicFile {

// How the bytes reach the open temporary file; returns the bytes written or -1. The default
// calls file.write(). Tests pass one that fails after N bytes.
using WriteFunction = std::function<qint64(QIODevice &file, const char *data, qint64 size)>;

Result<> write(const QString &path, const QByteArray &bytes, const WriteFunction &writeFn = {});

} // namespace el::AtomicFile
