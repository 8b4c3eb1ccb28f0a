#pragma once
// Writes a project's values into an empty database of a given file format, in one transaction:
// tables, rows (with prepared statements), the meta table with its checksum, and the header ids.
#include "util/Result.h"

namespace el {

class SqliteDatabase;
struct ProjectValues;

namespace ProjectWriter {

Result<> write(SqliteDatabase &db, const ProjectValues &values, int format);

} // namespace ProjectWriter
} // namespace el
