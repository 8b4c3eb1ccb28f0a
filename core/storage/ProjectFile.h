#pragma once
// The project file (.eqlm): one self-contained SQLite file. Opening treats every file as hostile
// (it came by email) and never modifies it; saving is atomic.
#include "model/Project.h"
#include "storage/AtomicFile.h"
#include "util/Result.h"

#include <memory>

namespace el::ProjectFile {

// Our PRAGMA application_id: "EqLm" in ASCII.
inline constexpr qint32 applicationId = 0x45714c6d;
// The schema version this build writes (PRAGMA user_version) and the newest it reads.
int currentFormat();
// Larger files are refused before they are read.
inline constexpr qint64 sizeLimit = qint64(256) << 20;

// Loads a project. Every refusal names the file and says in plain words what is wrong and what
// to do. The file itself is never written.
Result<std::unique_ptr<Project>> load(const QString &path);

// Saves atomically: a complete new file replaces the old one by rename; on failure the old file
// is left byte-for-byte intact and the message says why.
Result<> save(const Project &project, const QString &path);

// What was opened, beyond the project itself.
struct OpenedFile
{
    std::unique_ptr<Project> project;
    int format = 0;     // the format of the file as it was on disk (before any migration)
    QString appVersion; // the version of Equity Logic that wrote it
};

// load(), also saying which format the file had and which version wrote it.
Result<OpenedFile> open(const QString &path);
// Every check of open() on bytes already in memory; `name` is used in the messages.
Result<OpenedFile> openBytes(const QByteArray &bytes, const QString &name);

// The bytes save() writes, in a given format (older formats only to make test fixtures).
Result<QByteArray> toBytes(const Project &project, int format = currentFormat());
// save(), with the seam through which the bytes are written (tests make it fail).
Result<> save(const Project &project, const QString &path, const AtomicFile::WriteFunction &write);

} // namespace el::ProjectFile
