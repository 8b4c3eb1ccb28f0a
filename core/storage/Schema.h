#pragma once
// The tables of each file format, the exact schema a file of that format must have, and the
// migrations that bring an older file up to the current format.
#include "util/Result.h"

#include <QList>
#include <QString>

namespace el {

class SqliteDatabase;

namespace Schema {

inline constexpr int oldestFormat = 1;
inline constexpr int newestFormat = 2;

// Creates the tables of a format in an empty database (inside the caller's transaction).
Result<> create(SqliteDatabase &db, int format);

// Empty when the database's schema is exactly that of the format (no extra table, view, trigger
// or index, no changed column); otherwise a plain reason for the refusal.
Result<> check(SqliteDatabase &db, int format);

// Brings a database of an older format up to the newest, in one transaction.
Result<> migrate(SqliteDatabase &db, int fromFormat);

} // namespace Schema
} // namespace el
