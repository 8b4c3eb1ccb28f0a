// Opening a file someone else has open, and working on a read-only document: the choices offered,
// the banner, Save disabled while Save As works, and the file never written.
#include "ModelBuilder.h"
#include "SessionFixture.h"
#include "canvas/CanvasView.h"
#include "canvas/ModelScene.h"
#include "document/Document.h"
#include "layout/Layout.h"
#include "mainwindow/ArrangeActions.h"
#include "mainwindow/FileActions.h"
#include "mainwindow/MainWindow.h"
#include "mainwindow/ReadOnlyBar.h"
#include "mainwindow/SessionController.h"
#include "sharing/LockFile.h"
#include "storage/ProjectFile.h"

#include <QAction>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <catch2/catch.hpp>

using namespace el;

namespace {

// A colleague on another computer has the file open.
void writeColleaguesLock(const QString &path)
{
    QFile file(LockFile::lockPathFor(path));
    REQUIRE(file.open(QIODevice::WriteOnly));
    file.write(QJsonDocument(
                   QJsonObject{{QStringLiteral("user"), QStringLiteral("Priya Shah")},
                               {QStringLiteral("host"), QStringLiteral("NHS-LAPTOP-17")},
                               {QStringLiteral("pid"), 4242},
                               {QStringLiteral("since"), QStringLiteral("2026-11-26T10:15:00Z")}})
                   .toJson());
}

QByteArray bytesOf(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

// Opens `path` read-only, as the user does when a colleague has it open.
MainWindow *openReadOnly(test::SessionFixture &f, const QString &path)
{
    writeColleaguesLock(path);
    f.sessionPrompts()->lockAnswer = SessionPrompts::LockAnswer::ReadOnly;
    MainWindow *window = f.manager().openFile(path);
    REQUIRE(window);
    REQUIRE(window->document()->isReadOnly());
    return window;
}

} // namespace

TEST_CASE("Opening a file someone else has open asks first, saying who has it")
{
    test::SessionFixture f;
    const QString path = f.writeProject(QStringLiteral("Luton.eqlm"));
    writeColleaguesLock(path);

    SECTION("Cancel opens nothing")
    {
        f.sessionPrompts()->lockAnswer = SessionPrompts::LockAnswer::Cancel;
        CHECK(f.manager().openFile(path) == nullptr);
        CHECK(f.sessionPrompts()->lockQuestions == 1);
        CHECK(f.sessionPrompts()->lastHolder.user == QStringLiteral("Priya Shah"));
        CHECK(f.sessionPrompts()->lastHolder.host == QStringLiteral("NHS-LAPTOP-17"));
        CHECK(f.manager().windows().isEmpty());
    }
    SECTION("Open Read-Only opens it read-only with the banner saying why")
    {
        f.sessionPrompts()->lockAnswer = SessionPrompts::LockAnswer::ReadOnly;
        MainWindow *window = f.manager().openFile(path);
        REQUIRE(window);
        CHECK(window->document()->isReadOnly());
        ReadOnlyBar *bar = window->session()->readOnlyBar();
        CHECK(bar->isVisibleTo(window));
        CHECK(bar->text().contains(QStringLiteral("read-only")));
        CHECK(bar->text().contains(QStringLiteral("Save As")));
        CHECK_FALSE(window->fileActions()->saveAction()->isEnabled());
        // The colleague's lock is left as it was.
        CHECK(LockFile::read(path)->user == QStringLiteral("Priya Shah"));
    }
    SECTION("Open a Copy opens it untitled, and editable")
    {
        f.sessionPrompts()->lockAnswer = SessionPrompts::LockAnswer::Copy;
        MainWindow *window = f.manager().openFile(path);
        REQUIRE(window);
        CHECK(window->document()->filePath().isEmpty());
        CHECK_FALSE(window->document()->isReadOnly());
        CHECK_FALSE(window->session()->readOnlyBar()->isVisibleTo(window));
        CHECK(test::cardTitles(*window->document()->project())
                  .contains(QStringLiteral("Insulate homes")));
    }
    SECTION("Open Anyway takes the lock over")
    {
        f.sessionPrompts()->lockAnswer = SessionPrompts::LockAnswer::Anyway;
        MainWindow *window = f.manager().openFile(path);
        REQUIRE(window);
        CHECK_FALSE(window->document()->isReadOnly());
        REQUIRE(LockFile::read(path));
        CHECK(LockFile::read(path)->isOurs());
        CHECK(window->fileActions()->saveAction()->isEnabled());
    }
}

TEST_CASE("A file nobody else has open opens without a question, and its lock goes on close")
{
    test::SessionFixture f;
    const QString path = f.writeProject(QStringLiteral("Luton.eqlm"));
    MainWindow *window = f.manager().openFile(path);
    REQUIRE(window);
    CHECK(f.sessionPrompts()->lockQuestions == 0);
    CHECK_FALSE(window->document()->isReadOnly());
    REQUIRE(LockFile::read(path));
    CHECK(LockFile::read(path)->isOurs());
    CHECK(window->close());
    CHECK_FALSE(QFile::exists(LockFile::lockPathFor(path)));
}

TEST_CASE("A read-only document can be edited, Save is disabled and Save As keeps the edits "
          "elsewhere")
{
    test::SessionFixture f;
    const QString path = f.writeProject(QStringLiteral("Luton.eqlm"));
    const QByteArray before = bytesOf(path);
    MainWindow *window = openReadOnly(f, path);
    // The canvas and Tidy accept edits too, as the banner promises.
    CHECK(window->canvas()->modelScene()->isEditable());

    test::addCard(window, QStringLiteral("Warm homes advice"));
    CHECK(window->document()->isModified());
    QAction *save = window->fileActions()->saveAction();
    CHECK_FALSE(save->isEnabled());
    save->trigger(); // a disabled action does nothing
    CHECK(bytesOf(path) == before);

    const QString mine = f.dir().file(QStringLiteral("Luton mine.eqlm"));
    f.prompts()->fileName = mine;
    REQUIRE(window->fileActions()->saveAs());
    CHECK(f.prompts()->errors.isEmpty());
    CHECK(bytesOf(path) == before);
    auto saved = ProjectFile::load(mine);
    REQUIRE(saved.has_value());
    CHECK(test::cardTitles(**saved).contains(QStringLiteral("Warm homes advice")));
    // Now it is the user's own file: writable, no banner.
    CHECK(window->document()->filePath() == mine);
    CHECK_FALSE(window->document()->isReadOnly());
    CHECK_FALSE(window->session()->readOnlyBar()->isVisibleTo(window));
    CHECK(save->isEnabled());
}

TEST_CASE("Tidy works on a read-only document like every other edit, and the file stays as it was")
{
    test::SessionFixture f;
    auto project = std::make_unique<Project>();
    ModelData tangled = test::layeredModel(6, 2, 7);
    tangled.id = ModelId::create();
    tangled.name = QStringLiteral("Tangled");
    project->insertModel(tangled);
    const QString path = f.dir().file(QStringLiteral("Tangled.eqlm"));
    REQUIRE(ProjectFile::save(*project, path).has_value());
    const QByteArray before = bytesOf(path);
    MainWindow *window = openReadOnly(f, path);

    QAction *tidy = window->arrangeActions()->tidyAction();
    CHECK(tidy->isEnabled());
    const LogicModel *model = window->document()->project()->model(window->currentModel());
    REQUIRE(model);
    const qint64 crossings = Layout::countCrossings(model->data());
    REQUIRE(crossings > 0);
    tidy->trigger();
    CHECK(Layout::countCrossings(model->data()) < crossings);
    CHECK(window->document()->isModified());
    CHECK(bytesOf(path) == before);
    // Still offered after the selection changes, as the edit actions are.
    window->canvas()->selectNodes({model->nodes().first().id, model->nodes().last().id}, false);
    CHECK(tidy->isEnabled());
}
