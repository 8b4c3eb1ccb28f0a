#include "sharing/DocumentSession.h"
#include "sharing/RecoveryStore.h"
#include "storage/ProjectFile.h"

#include "SharingTestUtil.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <catch2/catch.hpp>

using namespace el;
using namespace el::test;

TEST_CASE("An open document is locked, saved in place, and leaves nothing behind on close",
          "[session]")
{
    OpenProject open;
    DocumentSession session(open.document.get(), open.recovery);
    session.start();
    CHECK_FALSE(open.document->isReadOnly());
    CHECK(LockFile::read(open.path)->isOurs());

    addActivity(*open.document, QStringLiteral("Warm homes grants"));
    settle();
    REQUIRE(session.save());
    CHECK_FALSE(open.document->isModified());
    CHECK(nodeTitles(**ProjectFile::load(open.path)).contains(QStringLiteral("Warm homes grants")));

    // A second save after another edit is not mistaken for another program's change.
    addActivity(*open.document, QStringLiteral("Energy advice"));
    settle();
    REQUIRE(session.save());

    session.close();
    CHECK_FALSE(LockFile::read(open.path));
    CHECK(RecoveryStore(open.recovery).entries().isEmpty());
}

TEST_CASE("Someone else's lock is shown before opening; reading on opens read-only", "[session]")
{
    OpenProject open;
    QFile lock(LockFile::lockPathFor(open.path));
    REQUIRE(lock.open(QIODevice::WriteOnly));
    lock.write(QJsonDocument(QJsonObject{{QStringLiteral("user"), QStringLiteral("Priya")},
                                         {QStringLiteral("host"), QStringLiteral("ELSEWHERE")},
                                         {QStringLiteral("pid"), 12}})
                   .toJson());
    lock.close();
    const auto check = DocumentSession::check(open.path);
    REQUIRE(check.heldBy);
    CHECK(check.heldBy->user == QStringLiteral("Priya"));

    DocumentSession session(open.document.get(), open.recovery);
    SECTION("Open Read-Only")
    {
        session.start(DocumentSession::Mode::ReadOnly);
        CHECK(open.document->isReadOnly());
        const auto saved = session.save();
        REQUIRE_FALSE(saved);
        CHECK(saved.error().contains(QStringLiteral("Save As")));
        CHECK(LockFile::read(open.path)->user == QStringLiteral("Priya"));
    }
    SECTION("Open Anyway")
    {
        session.start(DocumentSession::Mode::Anyway);
        CHECK_FALSE(open.document->isReadOnly());
        CHECK(LockFile::read(open.path)->isOurs());
    }
    SECTION("Save As moves to a new file of our own")
    {
        session.start(DocumentSession::Mode::ReadOnly);
        const QString mine = open.dir.file(QStringLiteral("Mine.eqlm"));
        REQUIRE(session.saveAs(mine));
        CHECK(open.document->filePath() == mine);
        CHECK_FALSE(open.document->isReadOnly());
        CHECK(LockFile::read(mine)->isOurs());
    }
}

TEST_CASE("Saving over a file another program replaced is refused", "[session]")
{
    OpenProject open;
    DocumentSession session(open.document.get(), open.recovery);
    session.start();
    {
        QFile other(open.path);
        REQUIRE(other.open(QIODevice::WriteOnly | QIODevice::Append));
        other.write("changed");
    }
    addActivity(*open.document, QStringLiteral("Warm homes grants"));
    settle();
    const auto saved = session.save();
    REQUIRE_FALSE(saved);
    CHECK(saved.error().contains(QStringLiteral("Another program")));
    CHECK(open.document->isModified());
}
