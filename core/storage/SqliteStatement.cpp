#include "storage/SqliteStatement.h"

#include <sqlite3.h>

namespace el {

SqliteStatement::~SqliteStatement()
{
    sqlite3_finalize(m_stmt);
}

SqliteStatement::SqliteStatement(SqliteStatement &&other) noexcept
    : m_db(other.m_db)
    , m_stmt(other.m_stmt)
    , m_failed(other.m_failed)
{
    other.m_stmt = nullptr;
}

void SqliteStatement::bind(int index, const QString &text)
{
    const QByteArray bytes = text.toUtf8();
    sqlite3_bind_text64(m_stmt, index, bytes.constData(), static_cast<sqlite3_uint64>(bytes.size()),
                        SQLITE_TRANSIENT, SQLITE_UTF8);
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
    const unsigned char bytes[16] = {static_cast<unsigned char>(id.data1 >> 24),
                                     static_cast<unsigned char>(id.data1 >> 16),
                                     static_cast<unsigned char>(id.data1 >> 8),
                                     static_cast<unsigned char>(id.data1),
                                     static_cast<unsigned char>(id.data2 >> 8),
                                     static_cast<unsigned char>(id.data2),
                                     static_cast<unsigned char>(id.data3 >> 8),
                                     static_cast<unsigned char>(id.data3),
                                     id.data4[0],
                                     id.data4[1],
                                     id.data4[2],
                                     id.data4[3],
                                     id.data4[4],
                                     id.data4[5],
                                     id.data4[6],
                                     id.data4[7]};
    sqlite3_bind_blob(m_stmt, index, bytes, 16, SQLITE_TRANSIENT);
}

void SqliteStatement::bindNull(int index)
{
    sqlite3_bind_null(m_stmt, index);
}

bool SqliteStatement::execute()
{
    const int rc = sqlite3_step(m_stmt);
    sqlite3_reset(m_stmt);
    sqlite3_clear_bindings(m_stmt);
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

QByteArrayView SqliteStatement::textView(int column) const
{
    // For a blob, sqlite3_column_blob; for text, sqlite3_column_text (no conversion either way).
    const auto *text = sqlite3_column_type(m_stmt, column) == SQLITE_BLOB
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
