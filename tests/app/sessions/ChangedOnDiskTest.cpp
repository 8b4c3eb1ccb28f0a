// Another program replacing the open file: the question appears, Reload shows the new version,
// Keep Mine saves ours elsewhere; our own saves never raise it.
#include "SessionFixture.h"
#include "document/Document.h"
#include "mainwindow/FileActions.h"
#include "mainwindow/MainWindow.h"
#include "storage/ProjectFile.h"

#include <QFile>
#include <QPointer>
#include <QTest>
#include <catch2/catch.hpp>

using namespace el;

namespace {
// Another program writes a new version beside the file and renames it over (as most do).
void replaceByOtherProgram(test::SessionFixture &f, const QString &path)
{
    const QString other = f.writeProject(QStringLiteral("other.eqlm"), QStringLiteral("Theirs"));
    QFile::remove(path);
    REQUIRE(QFile::rename(other, path));
}
} // namespace

TEST_CASE("Another program replacing the open file asks Reload or Keep Mine")
{
    test::SessionFixture f;
    const QString path = f.writeProject(QStringLiteral("Luton.eqlm"));
    QPointer<MainWindow> window = f.manager().openFile(path);
    REQUIRE(window);
    test::addCard(window, QStringLiteral("My new card"));

    SECTION("Keep Mine asks where to save ours and leaves their file alone")
    {
        const QString mine = f.dir().file(QStringLiteral("mine.eqlm"));
        f.prompts()->fileName = mine;
        f.sessionPrompts()->diskAnswer = SessionPrompts::DiskAnswer::KeepMine;
        replaceByOtherProgram(f, path);
        REQUIRE(test::waitFor([&] { return f.sessionPrompts()->diskQuestions > 0; }));
        CHECK(f.sessionPrompts()->diskQuestions == 1);
        CHECK(window->document()->filePath() == mine);
        CHECK(ProjectFile::load(path).value()->title() == QStringLiteral("Theirs"));
        CHECK(test::cardTitles(*ProjectFile::load(mine).value())
                  .contains(QStringLiteral("My new card")));
    }
    SECTION("Reload shows their version in place of ours")
    {
        f.sessionPrompts()->diskAnswer = SessionPrompts::DiskAnswer::Reload;
        replaceByOtherProgram(f, path);
        REQUIRE(test::waitFor([&] { return f.sessionPrompts()->diskQuestions > 0; }));
        REQUIRE(test::waitFor([&] { return window.isNull(); }));
        CHECK(f.prompts()->saveQuestions == 0);
        REQUIRE(f.manager().windows().size() == 1);
        MainWindow *fresh = f.manager().windows().constFirst();
        CHECK(fresh->document()->project()->title() == QStringLiteral("Theirs"));
        CHECK_FALSE(fresh->document()->isModified());
        CHECK(fresh->document()->filePath() == path);
    }
}

TEST_CASE("Our own saves do not count as a change on disk")
{
    test::SessionFixture f;
    const QString path = f.writeProject(QStringLiteral("Luton.eqlm"));
    MainWindow *window = f.manager().openFile(path);
    REQUIRE(window);
    for (int i = 0; i < 3; ++i) {
        test::addCard(window, QStringLiteral("Card %1").arg(i));
        REQUIRE(window->fileActions()->save());
        QTest::qWait(400); // longer than the watcher waits for a change to settle
    }
    CHECK(f.sessionPrompts()->diskQuestions == 0);
    CHECK(f.prompts()->errors.isEmpty());
    CHECK(test::cardTitles(*ProjectFile::load(path).value()).contains(QStringLiteral("Card 2")));

    // The watch is still on: a change by another program after our saves is noticed, once.
    f.prompts()->fileName.clear(); // Keep Mine, then cancel Save As
    replaceByOtherProgram(f, path);
    REQUIRE(test::waitFor([&] { return f.sessionPrompts()->diskQuestions > 0; }));
    CHECK(f.sessionPrompts()->diskQuestions == 1);
}
