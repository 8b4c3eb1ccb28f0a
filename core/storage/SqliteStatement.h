#pragma once
// A prepared SQLite statement, finalised when it goes away; binds and reads columns by index.
#include <QByteArray>
#include <QByteArrayView>
#include <QString>
#include <QStringEncoder>
#include <QUuid>
#include <optional>
#include <string>
#include <vector>

struct sqlite3;
struct sqlite3_stmt;

namespace el {

class SqliteStatement
{
public:
    SqliteStatement(sqlite3 *db, sqlite3_stmt *stmt);
    ~SqliteStatement();
    SqliteStatement(SqliteStatement &&other) noexcept;
    SqliteStatement &operator=(SqliteStatement &&other) = delete;
    SqliteStatement(const SqliteStatement &) = delete;
    SqliteStatement &operator=(const SqliteStatement &) = delete;

    // Binding, 1-based as in SQLite. Text is bound as UTF-8. Texts and ids are copied into a
    // buffer kept for each parameter, which SQLite reads in place: no allocation per value once
    // the buffers have grown. A value stays bound after execute(), so bind every parameter
    // before each execution.
    void bind(int index, const QString &text);
    void bindOptionalText(int index, const QString &text); // NULL when empty
    void bind(int index, qint64 value);
    void bind(int index, double value);
    void bind(int index, std::optional<double> value);
    void bindNull(int index);
    // A UUID as its 16 bytes in RFC 4122 order, without allocating.
    void bind(int index, const QUuid &id);

    // Runs a statement that returns no rows, then resets it for the next use (keeping the
    // bindings: the next row binds every parameter again).
    bool execute();
    // Steps once: true while a row is available; check failed() after the loop.
    bool next();
    bool failed() const { return m_failed; }

    // Column access, 0-based as in SQLite.
    int type(int column) const; // SQLITE_TEXT, SQLITE_NULL, ...
    bool isNull(int column) const;
    QByteArray textBytes(int column) const; // raw bytes, not yet checked as UTF-8
    // The bytes of a value already found to be of this type (SQLITE_TEXT or SQLITE_BLOB), without
    // a copy or a conversion, valid until the next step.
    QByteArrayView textView(int column, int type) const;
    qint64 integer(int column) const;
    double real(int column) const;

private:
    std::string &buffer(int index, size_t size);

    sqlite3 *m_db;
    sqlite3_stmt *m_stmt;
    bool m_failed = false;
    // One per parameter, index 0 unused. Sized once: SQLite holds pointers into them.
    std::vector<std::string> m_buffers;
    QStringEncoder m_encoder{QStringEncoder::Utf8, QStringEncoder::Flag::Stateless};
};

} // namespace el
