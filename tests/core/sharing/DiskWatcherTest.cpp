#include "sharing/DiskWatcher.h"
#include "sharing/WriteAccess.h"

#include "TempDir.h"

#include <QEventLoop>
#include <QFile>
#include <QSaveFile>
#include <QTimer>
#include <catch2/catch.hpp>

using namespace el;

namespace {

void writeFile(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    REQUIRE(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    file.write(bytes);
}

// As a careful program saves: a new file renamed over the old one.
void replaceFile(const QString &path, const QByteArray &bytes)
{
    QSaveFile file(path);
    REQUIRE(file.open(QIODevice::WriteOnly));
    file.write(bytes);
    REQUIRE(file.commit());
}

// Counts the watcher's reports, as QSignalSpy would (the core tests do not link Qt Test).
class Spy
{
public:
    explicit Spy(DiskWatcher *watcher)
        : m_watcher(watcher)
    {
        QObject::connect(watcher, &DiskWatcher::changedOnDisk, [this] { ++m_count; });
    }
    int count() const { return m_count; }
    // True when a new report arrived within `ms`.
    bool wait(int ms)
    {
        const int before = m_count;
        QEventLoop loop;
        QTimer::singleShot(ms, &loop, &QEventLoop::quit);
        QObject::connect(m_watcher, &DiskWatcher::changedOnDisk, &loop, &QEventLoop::quit);
        loop.exec();
        return m_count > before;
    }

private:
    DiskWatcher *m_watcher;
    int m_count = 0;
};

// A file written with some content, and a watcher on it from then on.
struct WatchedFile
{
    test::TempDir dir;
    QString path = dir.file(QStringLiteral("Housing.eqlm"));
    DiskWatcher watcher;
    Spy spy{&watcher};

    explicit WatchedFile(const QByteArray &content)
    {
        writeFile(path, content);
        watcher.watch(path);
    }
};

} // namespace

TEST_CASE("Another program replacing an open file is reported once", "[diskwatcher]")
{
    WatchedFile file("version one");
    CHECK_FALSE(file.watcher.isChangedOnDisk());

    replaceFile(file.path, "version two from another program");
    REQUIRE(file.spy.wait(5000));
    CHECK(file.watcher.isChangedOnDisk());
    CHECK_FALSE(file.spy.wait(600));
    CHECK(file.spy.count() == 1);

    SECTION("and again for a second, different change")
    {
        writeFile(file.path, "version three");
        REQUIRE(file.spy.wait(5000));
        CHECK(file.spy.count() == 2);
    }
}

TEST_CASE("Our own save does not raise the alarm", "[diskwatcher]")
{
    WatchedFile file("version one");

    replaceFile(file.path, "our own save");
    file.watcher.acceptCurrent();
    CHECK_FALSE(file.spy.wait(800));
    CHECK_FALSE(file.watcher.isChangedOnDisk());
}

TEST_CASE("Touching a file without changing it is not a change", "[diskwatcher]")
{
    WatchedFile file("same");
    replaceFile(file.path, "same");
    CHECK_FALSE(file.spy.wait(800));
}

TEST_CASE("Deleting an open file is reported", "[diskwatcher]")
{
    WatchedFile file("version one");
    QFile::remove(file.path);
    REQUIRE(file.spy.wait(5000));
}

TEST_CASE("A file in a folder we may write to can be saved in place", "[readonly]")
{
    test::TempDir dir;
    const QString path = dir.file(QStringLiteral("Housing.eqlm"));
    writeFile(path, "x");
    CHECK(WriteAccess::readOnlyReason(path).isEmpty());
}

TEST_CASE("A file marked read-only opens read-only with a reason", "[readonly]")
{
    test::TempDir dir;
    const QString path = dir.file(QStringLiteral("Housing.eqlm"));
    writeFile(path, "x");
    QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::ReadGroup);
    // root may write anyway, and then the file is not called read-only (the refusal for other
    // users is also checked by the e2e test run as nobody); for everyone else it is refused.
    if (QFileInfo(path).isWritable())
        CHECK(WriteAccess::readOnlyReason(path).isEmpty());
    else
        CHECK(WriteAccess::readOnlyReason(path).contains(QStringLiteral("read-only")));
}

TEST_CASE("A file in a folder that does not accept new files opens read-only", "[readonly]")
{
    // /proc cannot hold new files even for root: the write probe finds it out.
    const QString reason = WriteAccess::readOnlyReason(QStringLiteral("/proc/Housing.eqlm"));
    CHECK(reason.contains(QStringLiteral("Save As")));
}
