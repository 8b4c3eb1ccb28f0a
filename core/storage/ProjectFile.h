#pragma once
// The project file (.eqlm): one self-contained SQLite file. Opening treats every file as hostile
// (it came by email) and never modifies it; saving is atomic.
#include "model/Project.h"
#include "util/Result.h"

#include <memory>

namespace el::ProjectFile {

// Our PRAGMA application_id: "EqLm" in ASCII.
inline constexpr qint32 applicationId = 0x45714c6d;
// The schema version this build writes (PRAGMA user_version) and the newest it reads.
int currentFormat();

// Loads a project. Every refusal names the file and says in plain words what is wrong and what
// to do. The file itself is never written.
Result<std::unique_ptr<Project>> load(const QString &path);

// Saves atomically: a complete new file replaces the old one by rename; on failure the old file
// is left byte-for-byte intact and the message says why.
Result<> save(const Project &project, const QString &path);

} // namespace el::ProjectFile
