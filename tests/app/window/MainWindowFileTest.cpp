// Saving, reopening and closing: the title bar, the question about unsaved changes, and a
// failed save that loses nothing.
#include "ModelBuilder.h"
#include "TempDir.h"
#include "WindowFixture.h"
#include "commands/EditModelCommand.h"
#include "document/Document.h"
#include "mainwindow/DocumentIO.h"
#include "mainwindow/FileActions.h"

#include <QPointer>
#include <catch2/catch.hpp>

using namespace el;

namespace {
std::unique_ptr<Project> smallProject()
{
    test::ModelBuilder b(QStringLiteral("Housing and Health"));
    const NodeId a = b.node(NodeKind::Activity, QStringLiteral("Insulate homes"), {8});
    const NodeId o = b.node(NodeKind::OutcomeShort, QStringLiteral("Fewer cold homes"), {4});
    b.last().population = QStringLiteral("Households in the most deprived wards");
    b.link(a, o);
    auto project = b.project();
    project->setMeta({QStringLiteral("Luton test"), QStringLiteral("Luton"), QString()});
    return project;
}

void makeAChange(test::WindowFixture &f)
{
    LogicModel *m = f.model();
    f.document()->push(new EditModelCommand(
        f.document()->project(), m->id(), QStringLiteral("Renamed"), m->description(), m->owner()));
}
} // namespace

TEST_CASE("Closing a window with unsaved changes asks first; Cancel keeps it open")
{
    test::WindowFixture f(smallProject());
    makeAChange(f);
    REQUIRE(f.window()->isWindowModified());
    f.prompts()->saveAnswer = Prompts::SaveAnswer::Cancel;

    CHECK_FALSE(f.window()->close());
    CHECK(f.prompts()->saveQuestions == 1);
    CHECK(f.window()->isVisible());
    CHECK(f.document()->isModified());

    f.prompts()->saveAnswer = Prompts::SaveAnswer::Discard;
    QPointer<MainWindow> window = f.window();
    CHECK(window->close());
    CHECK(f.prompts()->saveQuestions == 2);
}

TEST_CASE("Closing an unchanged window does not ask")
{
    test::WindowFixture f(smallProject());
    CHECK(f.window()->close());
    CHECK(f.prompts()->saveQuestions == 0);
}

TEST_CASE("Saving then reopening gives the same project")
{
    test::TempDir dir;
    const QString path = dir.file(QStringLiteral("luton.eqlm"));
    test::WindowFixture f(smallProject());
    makeAChange(f);
    REQUIRE(f.window()->fileActions()->saveTo(path));

    CHECK_FALSE(f.document()->isModified());
    CHECK_FALSE(f.window()->isWindowModified());
    CHECK(f.window()->windowTitle().contains(QStringLiteral("luton.eqlm")));
    CHECK(f.prompts()->errors.isEmpty());

    auto reopened = DocumentIO::open(path);
    REQUIRE(reopened.has_value());
    const Project *again = (*reopened)->project();
    const Project *original = f.document()->project();
    CHECK(again->meta() == original->meta());
    REQUIRE(again->modelCount() == original->modelCount());
    CHECK(again->modelAt(0)->data() == original->modelAt(0)->data());
}

TEST_CASE("Save on a new project asks where, and saving as gives the file's name to the window")
{
    test::TempDir dir;
    test::WindowFixture f(smallProject());
    makeAChange(f);
    f.prompts()->fileName = dir.file(QStringLiteral("chosen")); // no extension typed
    REQUIRE(f.window()->fileActions()->save());
    CHECK(f.document()->filePath().endsWith(QStringLiteral("chosen.eqlm")));
    CHECK(f.window()->windowTitle().startsWith(QStringLiteral("chosen.eqlm")));
}

TEST_CASE("A failed save says why and keeps the work open and unsaved")
{
    test::TempDir dir;
    test::WindowFixture f(smallProject());
    makeAChange(f);
    const QString impossible = dir.file(QStringLiteral("no-such-folder/luton.eqlm"));

    CHECK_FALSE(f.window()->fileActions()->saveTo(impossible));
    CHECK(f.prompts()->errors.size() == 1);
    CHECK(f.document()->isModified());
    CHECK(f.document()->filePath().isEmpty());
    CHECK(f.model()->name() == QStringLiteral("Renamed"));
}
