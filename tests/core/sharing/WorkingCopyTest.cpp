#include "sharing/WorkingCopy.h"
#include "sharing/RecoveryStore.h"
#include "storage/ProjectFile.h"

#include "SharingTestUtil.h"

#include <QDir>
#include <QThread>
#include <atomic>
#include <catch2/catch.hpp>

using namespace el;
using namespace el::test;

TEST_CASE("Every change reaches the working copy at once, and the user's file stays as it was",
          "[workingcopy]")
{
    OpenProject open;
    const QByteArray original = readAll(open.path);
    WorkingCopy copy(open.document.get(), open.recovery);
    CHECK_FALSE(QFile::exists(copy.copyPath()));

    addActivity(*open.document, QStringLiteral("Warm homes grants"));
    settle();
    REQUIRE(QFile::exists(copy.copyPath()));
    auto kept = ProjectFile::load(copy.copyPath());
    REQUIRE(kept);
    CHECK(nodeTitles(**kept).contains(QStringLiteral("Warm homes grants")));

    addActivity(*open.document, QStringLiteral("Damp and mould inspections"));
    settle();
    kept = ProjectFile::load(copy.copyPath());
    REQUIRE(kept);
    CHECK(nodeTitles(**kept).contains(QStringLiteral("Damp and mould inspections")));
    CHECK(copy.changeCount() == 2);

    CHECK(readAll(open.path) == original);
}

TEST_CASE("Changes in one turn of the event loop are written once", "[workingcopy]")
{
    OpenProject open;
    WorkingCopy copy(open.document.get(), open.recovery);
    int writes = 0;
    copy.setWriter([&writes](const Project &project, const QString &path) {
        ++writes;
        return ProjectFile::save(project, path);
    });
    for (int i = 0; i < 5; ++i)
        addActivity(*open.document, QStringLiteral("Activity %1").arg(i));
    settle();
    CHECK(writes == 1);
}

TEST_CASE("Saving, or undoing back to what was saved, leaves nothing to recover", "[workingcopy]")
{
    OpenProject open;
    WorkingCopy copy(open.document.get(), open.recovery);
    addActivity(*open.document, QStringLiteral("Warm homes grants"));
    settle();
    REQUIRE(RecoveryStore(open.recovery).entries().size() == 1);

    const bool save = GENERATE(true, false);
    if (save) {
        REQUIRE(ProjectFile::save(*open.document->project(), open.path));
        open.document->markSaved();
    } else {
        open.document->undoStack()->undo();
        settle();
    }
    CHECK(RecoveryStore(open.recovery).entries().isEmpty());
    CHECK_FALSE(QFile::exists(copy.copyPath()));

    // The next change is kept again.
    addActivity(*open.document, QStringLiteral("Later"));
    settle();
    CHECK(RecoveryStore(open.recovery).entries().size() == 1);
}

TEST_CASE("A working copy that cannot be written says so", "[workingcopy]")
{
    OpenProject open;
    WorkingCopy copy(open.document.get(), QStringLiteral("/proc/no-such-folder/recovery"));
    QString message;
    QObject::connect(&copy, &WorkingCopy::failed, [&message](const QString &m) { message = m; });
    addActivity(*open.document, QStringLiteral("Warm homes grants"));
    settle();
    CHECK(message.contains(QStringLiteral("Save your work now")));
}

TEST_CASE("After a crash the next start lists each unsaved working copy and recovers it",
          "[recovery]")
{
    OpenProject open;
    // A session that never closes cleanly: its WorkingCopy is left behind, as after a crash.
    auto *copy = new WorkingCopy(open.document.get(), open.recovery);
    addActivity(*open.document, QStringLiteral("Warm homes grants"));
    addActivity(*open.document, QStringLiteral("Energy advice"));
    settle();
    addActivity(*open.document, QStringLiteral("Fuel poverty outreach"));
    settle();
    delete copy;

    RecoveryStore store(open.recovery);
    const auto entries = store.entries();
    REQUIRE(entries.size() == 1);
    const RecoveryEntry &entry = entries.first();
    CHECK(entry.displayName() == QStringLiteral("Housing.eqlm"));
    CHECK(QDir::cleanPath(entry.originalPath) == QDir::cleanPath(open.path));
    CHECK(entry.changes == 3);
    CHECK(entry.lastChanged.isValid());

    SECTION("Recover")
    {
        auto recovered = store.recover(entry);
        REQUIRE(recovered);
        CHECK(nodeTitles(**recovered)
              == QStringList{QStringLiteral("Public health grant"),
                             QStringLiteral("Warm homes grants"), QStringLiteral("Energy advice"),
                             QStringLiteral("Fuel poverty outreach")});
    }
    SECTION("Save As")
    {
        const QString elsewhere = open.dir.file(QStringLiteral("Recovered.eqlm"));
        REQUIRE(store.saveAs(entry, elsewhere));
        auto saved = ProjectFile::load(elsewhere);
        REQUIRE(saved);
        CHECK(nodeTitles(**saved).size() == 4);
        CHECK(store.entries().isEmpty());
    }
    SECTION("Discard")
    {
        store.discard(entry);
        CHECK(store.entries().isEmpty());
        CHECK(QDir(open.recovery).isEmpty());
    }
}

TEST_CASE("A clean close leaves nothing behind", "[recovery]")
{
    OpenProject open;
    {
        WorkingCopy copy(open.document.get(), open.recovery);
        addActivity(*open.document, QStringLiteral("Warm homes grants"));
        settle();
        // The user chose not to keep the changes.
        copy.discard();
    }
    CHECK(RecoveryStore(open.recovery).entries().isEmpty());
}

TEST_CASE("Many quick changes end with the working copy holding the last state and every change "
          "counted",
          "[workingcopy]")
{
    OpenProject open;
    WorkingCopy copy(open.document.get(), open.recovery);
    // The first write is held until every change has been made, as a slow disk would.
    std::atomic<int> writes = 0;
    std::atomic<bool> release = false;
    copy.setWriter([&writes, &release](const Project &project, const QString &path) {
        ++writes;
        for (int i = 0; i < 10000 && !release; ++i)
            QThread::msleep(1);
        return ProjectFile::save(project, path);
    });
    const int changes = 40;
    for (int i = 1; i <= changes; ++i) {
        addActivity(*open.document, QStringLiteral("Activity %1").arg(i));
        // One change per turn of the event loop, as when the user works quickly.
        QCoreApplication::processEvents(QEventLoop::AllEvents);
    }
    release = true;
    settle();

    auto kept = ProjectFile::load(copy.copyPath());
    REQUIRE(kept);
    CHECK(nodeTitles(**kept) == nodeTitles(*open.document->project()));
    const auto entries = RecoveryStore(open.recovery).entries();
    REQUIRE(entries.size() == 1);
    CHECK(entries.first().changes == changes);
    CHECK(copy.changeCount() == changes);
    // The states in between were skipped, not queued: the first, then only the last.
    CHECK(writes == 2);
}

TEST_CASE("Throwing the changes away during a write leaves no working copy behind", "[workingcopy]")
{
    OpenProject open;
    WorkingCopy copy(open.document.get(), open.recovery);
    std::atomic<bool> writing = false;
    copy.setWriter([&writing](const Project &project, const QString &path) {
        writing = true;
        QThread::msleep(100);
        return ProjectFile::save(project, path);
    });
    addActivity(*open.document, QStringLiteral("Warm homes grants"));
    QCoreApplication::processEvents(QEventLoop::AllEvents);
    for (int i = 0; i < 2000 && !writing; ++i)
        QThread::msleep(1);
    REQUIRE(writing);
    REQUIRE(copy.isBusy());
    addActivity(*open.document, QStringLiteral("Energy advice"));
    QCoreApplication::processEvents(QEventLoop::AllEvents);

    copy.discard();
    settle();
    QThread::msleep(50);
    QCoreApplication::processEvents(QEventLoop::AllEvents);
    CHECK_FALSE(copy.hasCopy());
    CHECK_FALSE(QFile::exists(copy.copyPath()));
    CHECK_FALSE(QFile::exists(copy.sidecarPath()));
    CHECK(RecoveryStore(open.recovery).entries().isEmpty());
}

TEST_CASE("Closing while a write is running waits for it and keeps a complete working copy",
          "[recovery]")
{
    OpenProject open;
    auto copy = std::make_unique<WorkingCopy>(open.document.get(), open.recovery);
    copy->setWriter([](const Project &project, const QString &path) {
        QThread::msleep(50);
        return ProjectFile::save(project, path);
    });
    addActivity(*open.document, QStringLiteral("Warm homes grants"));
    QCoreApplication::processEvents(QEventLoop::AllEvents);
    REQUIRE(copy->isBusy());
    copy.reset(); // like a crash right after: whatever was being written is complete

    const auto entries = RecoveryStore(open.recovery).entries();
    REQUIRE(entries.size() == 1);
    CHECK(entries.first().changes == 1);
    auto recovered = RecoveryStore(open.recovery).recover(entries.first());
    REQUIRE(recovered);
    CHECK(nodeTitles(**recovered).contains(QStringLiteral("Warm homes grants")));
}
