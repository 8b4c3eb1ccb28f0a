#include "sharing/LockFile.h"

#include "TempDir.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSysInfo>
#include <catch2/catch.hpp>

using namespace el;

namespace {

void writeLock(const QString &documentPath, const QJsonObject &json)
{
    QFile file(LockFile::lockPathFor(documentPath));
    REQUIRE(file.open(QIODevice::WriteOnly));
    file.write(QJsonDocument(json).toJson());
}

// The id of a process that has ended (so its lock is stale).
qint64 endedProcessId()
{
    QProcess process;
    process.start(QStringLiteral("true"), {});
    REQUIRE(process.waitForFinished());
    return process.processId() ? process.processId() : 999999;
}

} // namespace

TEST_CASE("Opening a document writes a readable lock beside it and closing removes it", "[lock]")
{
    test::TempDir dir;
    const QString doc = dir.file(QStringLiteral("Housing.eqlm"));
    {
        LockFile lock(doc);
        REQUIRE(lock.tryLock() == LockFile::Outcome::Acquired);
        CHECK(lock.path() == dir.file(QStringLiteral(".~lock.Housing.eqlm#")));
        const auto info = LockFile::read(doc);
        REQUIRE(info);
        CHECK(info->host == QSysInfo::machineHostName());
        CHECK(info->pid == QCoreApplication::applicationPid());
        CHECK(!info->user.isEmpty());
        CHECK(info->since.isValid());
        CHECK(info->isOurs());
    }
    CHECK_FALSE(QFile::exists(LockFile::lockPathFor(doc)));
}

TEST_CASE("A lock held by someone on another computer is reported with who, where and since when",
          "[lock]")
{
    test::TempDir dir;
    const QString doc = dir.file(QStringLiteral("Housing.eqlm"));
    writeLock(doc, {{QStringLiteral("user"), QStringLiteral("Priya Shah")},
                    {QStringLiteral("host"), QStringLiteral("NHS-LAPTOP-17")},
                    {QStringLiteral("pid"), 4242},
                    {QStringLiteral("since"), QStringLiteral("2026-11-26T10:15:00Z")}});
    LockFile lock(doc);
    REQUIRE(lock.tryLock() == LockFile::Outcome::HeldByOther);
    REQUIRE(lock.holder());
    CHECK(lock.holder()->user == QStringLiteral("Priya Shah"));
    CHECK(lock.holder()->host == QStringLiteral("NHS-LAPTOP-17"));
    CHECK_FALSE(lock.holder()->isStale());
    CHECK(lock.holder()->describe().contains(QStringLiteral("Priya Shah")));
    CHECK(lock.holder()->describe().contains(QStringLiteral("NHS-LAPTOP-17")));
    CHECK_FALSE(lock.isLocked());

    SECTION("Open Anyway takes the lock over, and closing leaves no lock behind")
    {
        REQUIRE(lock.forceLock() == LockFile::Outcome::Acquired);
        CHECK(LockFile::read(doc)->isOurs());
        lock.unlock();
        CHECK_FALSE(QFile::exists(LockFile::lockPathFor(doc)));
    }
    SECTION("Another person's lock survives our closing")
    {
        lock.unlock();
        CHECK(LockFile::read(doc)->user == QStringLiteral("Priya Shah"));
    }
}

TEST_CASE("A lock left by a crashed session on this computer is recognised and cleared", "[lock]")
{
    test::TempDir dir;
    const QString doc = dir.file(QStringLiteral("Housing.eqlm"));
    writeLock(doc, {{QStringLiteral("user"), QStringLiteral("me")},
                    {QStringLiteral("host"), QSysInfo::machineHostName()},
                    {QStringLiteral("pid"), endedProcessId()},
                    {QStringLiteral("since"), QStringLiteral("2026-11-26T10:15:00Z")}});
    REQUIRE(LockFile::read(doc)->isStale());
    LockFile lock(doc);
    CHECK(lock.tryLock() == LockFile::Outcome::Acquired);
    CHECK(LockFile::read(doc)->isOurs());
}

TEST_CASE("A lock from a running process on this computer is not stale", "[lock]")
{
    test::TempDir dir;
    const QString doc = dir.file(QStringLiteral("Housing.eqlm"));
    QProcess sleeper;
    sleeper.start(QStringLiteral("sleep"), {QStringLiteral("30")});
    REQUIRE(sleeper.waitForStarted());
    writeLock(doc, {{QStringLiteral("user"), QStringLiteral("colleague")},
                    {QStringLiteral("host"), QSysInfo::machineHostName()},
                    {QStringLiteral("pid"), sleeper.processId()}});
    LockFile lock(doc);
    CHECK(lock.tryLock() == LockFile::Outcome::HeldByOther);
    sleeper.kill();
    sleeper.waitForFinished();
    CHECK(lock.tryLock() == LockFile::Outcome::Acquired);
}

TEST_CASE("An unreadable lock still warns rather than being ignored", "[lock]")
{
    test::TempDir dir;
    const QString doc = dir.file(QStringLiteral("Housing.eqlm"));
    QFile garbage(LockFile::lockPathFor(doc));
    REQUIRE(garbage.open(QIODevice::WriteOnly));
    garbage.write("\x00\xff not json");
    garbage.close();
    LockFile lock(doc);
    REQUIRE(lock.tryLock() == LockFile::Outcome::HeldByOther);
    CHECK(lock.holder()->describe().startsWith(QStringLiteral("Someone")));
}

TEST_CASE("A folder where no lock can be written is reported, not an error", "[lock]")
{
    LockFile lock(QStringLiteral("/proc/no-such-folder/Housing.eqlm"));
    CHECK(lock.tryLock() == LockFile::Outcome::NotWritable);
    CHECK_FALSE(lock.reason().isEmpty());
    CHECK_FALSE(lock.isLocked());
}
