#include "storage/Schema.h"

#include "storage/SqliteDatabase.h"
#include "storage/SqliteStatement.h"

#include <QCoreApplication>
#include <array>
#include <mutex>

namespace el::Schema {

namespace {

// Format 1. Never change these texts: files of format 1 must keep matching them exactly.
// Ids are UUIDs stored as their 16 bytes (RFC 4122 order): less than half the size of their text,
// which halves the file and the time every check on open takes.
constexpr const char *format1Tables[] = {
    "CREATE TABLE meta (key TEXT PRIMARY KEY NOT NULL, value TEXT NOT NULL) STRICT",
    "CREATE TABLE project (title TEXT NOT NULL, place TEXT NOT NULL, description TEXT NOT NULL) "
    "STRICT",
    "CREATE TABLE models (id BLOB PRIMARY KEY NOT NULL, position INTEGER NOT NULL, "
    "name TEXT NOT NULL, description TEXT NOT NULL, owner TEXT NOT NULL) STRICT",
    "CREATE TABLE nodes (id BLOB PRIMARY KEY NOT NULL, "
    "model_id BLOB NOT NULL REFERENCES models(id), position INTEGER NOT NULL, "
    "kind TEXT NOT NULL, title TEXT NOT NULL, description TEXT NOT NULL, "
    "population TEXT NOT NULL, principles INTEGER NOT NULL, grp TEXT NOT NULL, "
    "x REAL NOT NULL, y REAL NOT NULL) STRICT",
    "CREATE TABLE links (id BLOB PRIMARY KEY NOT NULL, "
    "model_id BLOB NOT NULL REFERENCES models(id), from_id BLOB NOT NULL REFERENCES nodes(id), "
    "to_id BLOB NOT NULL REFERENCES nodes(id), position INTEGER NOT NULL, "
    "rationale TEXT NOT NULL, strength TEXT NOT NULL) STRICT",
    "CREATE TABLE indicators (id BLOB PRIMARY KEY NOT NULL, "
    "node_id BLOB NOT NULL REFERENCES nodes(id), position INTEGER NOT NULL, "
    "title TEXT NOT NULL, measure TEXT NOT NULL, unit TEXT NOT NULL, "
    "higher_is_better INTEGER NOT NULL, source TEXT NOT NULL, reference TEXT NOT NULL, "
    "baseline_value REAL, baseline_date TEXT, target_value REAL, target_date TEXT, "
    "disaggregation TEXT NOT NULL) STRICT",
    "CREATE TABLE measurements (indicator_id BLOB NOT NULL REFERENCES indicators(id), "
    "position INTEGER NOT NULL, date TEXT, value REAL NOT NULL, note TEXT NOT NULL) STRICT",
};

// Format 2 adds the waived findings of the validator.
constexpr const char *format2Waivers
    = "CREATE TABLE waivers (model_id BLOB REFERENCES models(id), position INTEGER NOT NULL, "
      "code TEXT NOT NULL, subject TEXT NOT NULL, justification TEXT NOT NULL) STRICT";

QList<const char *> tablesOf(int format)
{
    QList<const char *> out(std::begin(format1Tables), std::end(format1Tables));
    if (format >= 2)
        out << format2Waivers;
    return out;
}

QString tr(const char *text)
{
    return QCoreApplication::translate("el::ProjectFile", text);
}

// One row of sqlite_schema, without the root page (which differs from file to file).
struct SchemaRow
{
    QByteArray type, name, table, sql;
    friend bool operator==(const SchemaRow &, const SchemaRow &) = default;
};

Result<QList<SchemaRow>> rowsOf(SqliteDatabase &db)
{
    auto stmt = db.prepare(
        "SELECT type, name, tbl_name, sql FROM sqlite_schema ORDER BY type, name, sql");
    if (!stmt)
        return failure(stmt.error());
    QList<SchemaRow> rows;
    while (stmt->next())
        rows << SchemaRow{stmt->textBytes(0), stmt->textBytes(1), stmt->textBytes(2),
                          stmt->textBytes(3)};
    if (stmt->failed())
        return failure(db.lastError());
    return rows;
}

// The schema a format must have, taken from a fresh database made with its own statements, so
// that SQLite's automatic indexes are included exactly as SQLite makes them.
const QList<SchemaRow> &expectedRows(int format)
{
    static std::mutex mutex;
    static std::array<QList<SchemaRow>, newestFormat + 1> cache;
    std::lock_guard lock(mutex);
    QList<SchemaRow> &rows = cache[static_cast<size_t>(format)];
    if (rows.isEmpty()) {
        SqliteDatabase db;
        if (db.openEmpty() && create(db, format)) {
            if (auto read = rowsOf(db))
                rows = *read;
        }
    }
    return rows;
}

QString kindOfItem(const QByteArray &type)
{
    if (type == "table")
        return tr("a table");
    if (type == "view")
        return tr("a view");
    if (type == "trigger")
        return tr("a trigger");
    if (type == "index")
        return tr("an index");
    return tr("an item");
}

} // namespace

Result<> create(SqliteDatabase &db, int format)
{
    for (const char *sql : tablesOf(format)) {
        if (auto ok = db.exec(sql); !ok)
            return ok;
    }
    return {};
}

Result<> check(SqliteDatabase &db, int format)
{
    const auto actual = rowsOf(db);
    if (!actual)
        return failure(actual.error());
    const QList<SchemaRow> &expected = expectedRows(format);
    if (!expected.isEmpty() && *actual == expected)
        return {};
    for (const SchemaRow &row : *actual) {
        if (!expected.contains(row))
            return failure(tr("The file contains something an Equity Logic project never has (%1 "
                              "named \"%2\"). It may have been changed by another program. Ask "
                              "the sender to send the project again, saved by Equity Logic.")
                               .arg(kindOfItem(row.type), QString::fromUtf8(row.name.left(100))));
    }
    return failure(tr("The file's tables are not those of an Equity Logic project (file format "
                      "%1). It may have been changed by another program. Ask the sender to send "
                      "the project again, saved by Equity Logic.")
                       .arg(format));
}

Result<> migrate(SqliteDatabase &db, int fromFormat)
{
    if (fromFormat >= newestFormat)
        return {};
    if (auto ok = db.exec("BEGIN"); !ok)
        return ok;
    Result<> ok;
    if (fromFormat < 2)
        ok = db.exec(format2Waivers);
    if (ok)
        ok = db.exec("PRAGMA user_version = 2");
    if (ok)
        ok = db.exec("COMMIT");
    if (!ok) {
        (void)db.exec("ROLLBACK");
        return ok;
    }
    return {};
}

} // namespace el::Schema
