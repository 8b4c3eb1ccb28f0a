#pragma once
// One private in-memory SQLite connection (never a user's path), closed when it goes away.
#include "util/Result.h"

#include <QByteArray>
#include <QString>
#include <chrono>

struct sqlite3;

namespace el {

class SqliteStatement;

class SqliteDatabase
{
public:
    SqliteDatabase() = default;
    ~SqliteDatabase();
    SqliteDatabase(const SqliteDatabase &) = delete;
    SqliteDatabase &operator=(const SqliteDatabase &) = delete;

    // Opens an empty in-memory database, ready to be written and serialised.
    Result<> openEmpty();
    // Opens a private in-memory copy of these bytes, hardened for hostile content: defensive
    // mode, no triggers, views, extensions or untrusted schema functions, tight limits and a
    // time limit. The bytes are copied; nothing refers back to a file.
    Result<> openCopyOf(const QByteArray &bytes, std::chrono::milliseconds timeLimit);

    // The whole database as the bytes of a file.
    Result<QByteArray> serialise() const;

    Result<> exec(const char *sql);
    Result<SqliteStatement> prepare(const char *sql);
    // The single integer a pragma or query returns (for example PRAGMA user_version).
    Result<qint64> queryInt(const char *sql);

    QString lastError() const;
    // True when the time limit stopped the last statement.
    bool timedOut() const { return m_timedOut; }
    sqlite3 *handle() const { return m_db; }

private:
    static int onProgress(void *self);
    Result<> openMemory();
    void harden();
    void close();

    sqlite3 *m_db = nullptr;
    std::chrono::steady_clock::time_point m_deadline{};
    bool m_timedOut = false;
};

} // namespace el
