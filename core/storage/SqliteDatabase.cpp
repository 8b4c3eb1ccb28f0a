#include "storage/SqliteDatabase.h"

#include "storage/SqliteStatement.h"

#include <QCoreApplication>
#include <cstring>
#include <sqlite3.h>

namespace el {

namespace {
// Far above anything a real project needs, far below what would let a crafted file exhaust memory.
struct Limit
{
    int id;
    int value;
};
constexpr Limit tightLimits[] = {
    {SQLITE_LIMIT_LENGTH, 4'000'000},
    {SQLITE_LIMIT_SQL_LENGTH, 100'000},
    {SQLITE_LIMIT_COLUMN, 100},
    {SQLITE_LIMIT_EXPR_DEPTH, 100},
    {SQLITE_LIMIT_COMPOUND_SELECT, 10},
    {SQLITE_LIMIT_VDBE_OP, 100'000},
    {SQLITE_LIMIT_FUNCTION_ARG, 8},
    {SQLITE_LIMIT_ATTACHED, 0},
    {SQLITE_LIMIT_LIKE_PATTERN_LENGTH, 100},
    {SQLITE_LIMIT_VARIABLE_NUMBER, 64},
    {SQLITE_LIMIT_TRIGGER_DEPTH, 1},
    {SQLITE_LIMIT_WORKER_THREADS, 0},
};
} // namespace

SqliteDatabase::~SqliteDatabase()
{
    close();
}

void SqliteDatabase::close()
{
    if (m_db)
        sqlite3_close_v2(m_db);
    m_db = nullptr;
}

// Each connection is used by one thread only: no mutex on every call (SQLITE_OPEN_NOMUTEX).
Result<> SqliteDatabase::openMemory()
{
    close();
    // Debian builds SQLite without lookaside memory, so every value and cursor is a malloc();
    // SQLite's memory statistics would put a global mutex around each. Nothing here reads them.
    // Only possible before SQLite's first use in the process; harmless when too late.
    static const int configured = sqlite3_config(SQLITE_CONFIG_MEMSTATUS, 0);
    Q_UNUSED(configured);
    if (sqlite3_open_v2(":memory:", &m_db,
                        SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE | SQLITE_OPEN_NOMUTEX, nullptr)
        != SQLITE_OK)
        return failure(lastError());
    harden();
    return {};
}

Result<> SqliteDatabase::openEmpty()
{
    if (auto ok = openMemory(); !ok)
        return ok;
    // Deserialising nothing moves the connection onto SQLite's memdb file system, which writes a
    // complete, ordinary file header (page count, change counter) on every commit.
    if (sqlite3_deserialize(m_db, "main", nullptr, 0, 0,
                            SQLITE_DESERIALIZE_FREEONCLOSE | SQLITE_DESERIALIZE_RESIZEABLE)
        != SQLITE_OK)
        return failure(lastError());
    return {};
}

Result<> SqliteDatabase::openCopyOf(const QByteArray &bytes, std::chrono::milliseconds timeLimit)
{
    if (auto ok = openMemory(); !ok)
        return ok;
    const auto size = static_cast<sqlite3_uint64>(bytes.size());
    auto *copy = static_cast<unsigned char *>(sqlite3_malloc64(size));
    if (!copy)
        return failure(QStringLiteral("out of memory"));
    std::memcpy(copy, bytes.constData(), size);
    // On failure SQLite frees the copy itself.
    if (sqlite3_deserialize(m_db, "main", copy, static_cast<sqlite3_int64>(size),
                            static_cast<sqlite3_int64>(size),
                            SQLITE_DESERIALIZE_FREEONCLOSE | SQLITE_DESERIALIZE_RESIZEABLE)
        != SQLITE_OK)
        return failure(lastError());
    if (timeLimit.count() > 0) {
        m_deadline = std::chrono::steady_clock::now() + timeLimit;
        sqlite3_progress_handler(m_db, 1000, &SqliteDatabase::onProgress, this);
    }
    if (auto ok = exec("PRAGMA cell_size_check = ON; PRAGMA mmap_size = 0;"); !ok)
        return ok;
    return {};
}

void SqliteDatabase::harden()
{
    sqlite3_db_config(m_db, SQLITE_DBCONFIG_DEFENSIVE, 1, nullptr);
    sqlite3_db_config(m_db, SQLITE_DBCONFIG_TRUSTED_SCHEMA, 0, nullptr);
    sqlite3_db_config(m_db, SQLITE_DBCONFIG_ENABLE_TRIGGER, 0, nullptr);
    sqlite3_db_config(m_db, SQLITE_DBCONFIG_ENABLE_VIEW, 0, nullptr);
    sqlite3_db_config(m_db, SQLITE_DBCONFIG_ENABLE_LOAD_EXTENSION, 0, nullptr);
    sqlite3_db_config(m_db, SQLITE_DBCONFIG_DQS_DDL, 0, nullptr);
    sqlite3_db_config(m_db, SQLITE_DBCONFIG_DQS_DML, 0, nullptr);
    for (const Limit &limit : tightLimits)
        sqlite3_limit(m_db, limit.id, limit.value);
}

int SqliteDatabase::onProgress(void *self)
{
    auto *db = static_cast<SqliteDatabase *>(self);
    if (std::chrono::steady_clock::now() < db->m_deadline)
        return 0;
    db->m_timedOut = true;
    return 1;
}

Result<QByteArray> SqliteDatabase::serialise() const
{
    sqlite3_int64 size = 0;
    // A memdb database hands out its own buffer; copy it once into the QByteArray.
    if (const unsigned char *data
        = sqlite3_serialize(m_db, "main", &size, SQLITE_SERIALIZE_NOCOPY)) {
        return QByteArray(reinterpret_cast<const char *>(data), static_cast<qsizetype>(size));
    }
    unsigned char *data = sqlite3_serialize(m_db, "main", &size, 0);
    if (!data)
        return failure(lastError());
    QByteArray bytes(reinterpret_cast<const char *>(data), static_cast<qsizetype>(size));
    sqlite3_free(data);
    return bytes;
}

Result<> SqliteDatabase::exec(const char *sql)
{
    if (sqlite3_exec(m_db, sql, nullptr, nullptr, nullptr) != SQLITE_OK)
        return failure(lastError());
    return {};
}

Result<SqliteStatement> SqliteDatabase::prepare(const char *sql)
{
    sqlite3_stmt *stmt = nullptr;
    if (sqlite3_prepare_v3(m_db, sql, -1, SQLITE_PREPARE_PERSISTENT, &stmt, nullptr) != SQLITE_OK) {
        sqlite3_finalize(stmt);
        return failure(lastError());
    }
    return SqliteStatement(m_db, stmt);
}

Result<qint64> SqliteDatabase::queryInt(const char *sql)
{
    auto stmt = prepare(sql);
    if (!stmt)
        return failure(stmt.error());
    if (!stmt->next())
        return failure(lastError());
    return stmt->integer(0);
}

QString SqliteDatabase::lastError() const
{
    if (m_timedOut)
        return QCoreApplication::translate("el::ProjectFile", "it took too long to read");
    if (!m_db)
        return QStringLiteral("out of memory");
    return QString::fromUtf8(sqlite3_errmsg(m_db));
}

} // namespace el
