#pragma once
// Saving a document in place, the careful way: the complete new file is written beside the old
// one, forced to disk and renamed over it; the old file is replaced only if it still holds what we
// loaded (another program may have replaced it meanwhile). On any failure the old file is left
// exactly as it was, nothing is left beside it, and the message says what happened and what to do.
#include "sharing/FileFingerprint.h"
#include "sharing/SaveSteps.h"

#include <optional>

namespace el::SafeSave {

// `expected`: what the file must still hold (from DiskWatcher::expected()); nullopt skips the
// check (Save As to a new name).
Result<> save(const Project &project, const QString &path,
              const std::optional<FileFingerprint> &expected, SaveSteps &steps);
Result<> save(const Project &project, const QString &path,
              const std::optional<FileFingerprint> &expected = std::nullopt);

} // namespace el::SafeSave
