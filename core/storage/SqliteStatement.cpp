#include "storage/SqliteStatement.h"

#include "storage/UuidBytes.h"

#include <sqlite3.h>

namespace el {

SqliteStatement::SqliteStatement(sqlite3 *db, sqlite3_stmt *stmt)
    : m_db(db)
    , m_stmt(stmt)
    , m_buffers(static_cast<size_t>(sqlite3_bind_parameter_count(stmt)) + 1)
{}

SqliteStatement::~SqliteStatement()
{
    sqlite3_finalize(m_stmt);
}

SqliteStatement::SqliteStatement(SqliteStatement &&other) noexcept
    : m_db(other.m_db)
    , m_stmt(other.m_stmt)
    , m_failed(other.m_failed)
    , m_buffers(std::move(other.m_buffers)) // the strings stay where they are
{
    other.m_stmt = nullptr;
}

std::string &SqliteStatement::buffer(int index, size_t size)
{
    std::string &bytes = m_buffers.at(static_cast<size_t>(index));
    bytes.resize(size);
    return bytes;
}

void SqliteStatement::bind(int index, const QString &text)
{
    // SQLITE_STATIC: SQLite reads the buffer in place until it is bound again; never null, so an
    // empty text stays a text.
    std::string &bytes = buffer(index, static_cast<size_t>(m_encoder.requiredSpace(text.size())));
    const char *end = m_encoder.appendToBuffer(bytes.data(), text);
    sqlite3_bind_text64(m_stmt, index, bytes.data(),
                        static_cast<sqlite3_uint64>(end - bytes.data()), SQLITE_STATIC,
                        SQLITE_UTF8);
}

void SqliteStatement::bindOptionalText(int index, const QString &text)
{
    if (text.isEmpty())
        bindNull(index);
    else
        bind(index, text);
}

void SqliteStatement::bind(int index, qint64 value)
{
    sqlite3_bind_int64(m_stmt, index, value);
}

void SqliteStatement::bind(int index, double value)
{
    sqlite3_bind_double(m_stmt, index, value);
}

void SqliteStatement::bind(int index, std::optional<double> value)
{
    if (value)
        bind(index, *value);
    else
        bindNull(index);
}

void SqliteStatement::bind(int index, const QUuid &id)
{
    std::string &bytes = buffer(index, 16);
    writeUuidBytes(id, bytes.data());
    sqlite3_bind_blob(m_stmt, index, bytes.data(), 16, SQLITE_STATIC);
}

void SqliteStatement::bindNull(int index)
{
    sqlite3_bind_null(m_stmt, index);
}

bool SqliteStatement::execute()
{
    const int rc = sqlite3_step(m_stmt);
    sqlite3_reset(m_stmt);
    if (rc != SQLITE_DONE && rc != SQLITE_ROW)
        m_failed = true;
    return !m_failed;
}

bool SqliteStatement::next()
{
    const int rc = sqlite3_step(m_stmt);
    if (rc == SQLITE_ROW)
        return true;
    if (rc != SQLITE_DONE)
        m_failed = true;
    return false;
}

int SqliteStatement::type(int column) const
{
    return sqlite3_column_type(m_stmt, column);
}

bool SqliteStatement::isNull(int column) const
{
    return type(column) == SQLITE_NULL;
}

QByteArray SqliteStatement::textBytes(int column) const
{
    const auto *text = reinterpret_cast<const char *>(sqlite3_column_text(m_stmt, column));
    const int size = sqlite3_column_bytes(m_stmt, column);
    return text ? QByteArray(text, size) : QByteArray();
}

QByteArrayView SqliteStatement::textView(int column, int type) const
{
    const auto *text = type == SQLITE_BLOB
                           ? static_cast<const char *>(sqlite3_column_blob(m_stmt, column))
                           : reinterpret_cast<const char *>(sqlite3_column_text(m_stmt, column));
    const int size = sqlite3_column_bytes(m_stmt, column);
    return text ? QByteArrayView(text, size) : QByteArrayView();
}

qint64 SqliteStatement::integer(int column) const
{
    return sqlite3_column_int64(m_stmt, column);
}

double SqliteStatement::real(int column) const
{
    return sqlite3_column_double(m_stmt, column);
}

} // namespace el
