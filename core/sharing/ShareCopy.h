#pragma once
// The copy of a project that goes out by email: compact, complete, named after the project and
// the date ("Luton Health Equity Town 2026-11-26.eqlm"), written into an outbox folder.
#include "model/Project.h"
#include "util/Result.h"

#include <QDate>

namespace el::ShareCopy {

// A file name that every common system accepts: characters that are not allowed in file names
// are dropped, spaces kept, and a project without a title is called "Equity Logic project".
QString fileNameFor(const QString &title, QDate date);

// Where copies to share are written: a folder of our own in the temporary location.
QString defaultOutbox();

// Writes the copy into `outbox` (made if needed) and returns its path. An earlier copy of the same
// name is replaced (it is the same project on the same day).
Result<QString> write(const Project &project, const QString &outbox = defaultOutbox(),
                      QDate date = QDate::currentDate());

} // namespace el::ShareCopy
