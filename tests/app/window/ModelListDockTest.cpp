// The model list adds, renames, duplicates, reorders and deletes models, each one undo step.
#include "panels/ModelListDock.h"
#include "ModelBuilder.h"
#include "WindowFixture.h"
#include "canvas/CanvasView.h"
#include "document/Document.h"

#include <QCoreApplication>
#include <QLineEdit>
#include <QListWidget>
#include <QTest>
#include <catch2/catch.hpp>

using namespace el;

namespace {
std::unique_ptr<Project> twoModels()
{
    test::ModelBuilder housing(QStringLiteral("Housing and Health"));
    housing.node(NodeKind::Activity, QStringLiteral("Insulate homes"));
    auto project = housing.project();
    ModelData work;
    work.id = ModelId::create();
    work.name = QStringLiteral("Employment, Skills and Work");
    project->insertModel(work);
    return project;
}

QStringList names(const Project *project)
{
    QStringList out;
    for (const LogicModel *m : project->models())
        out << m->name();
    return out;
}

QStringList listed(const ModelListDock *dock)
{
    QStringList out;
    for (int row = 0; row < dock->list()->count(); ++row)
        out << dock->list()->item(row)->text();
    return out;
}
} // namespace

TEST_CASE("Adding a model shows it on the canvas; undo removes it")
{
    test::WindowFixture f(twoModels());
    ModelListDock *dock = f.window()->modelList();
    Project *project = f.document()->project();
    dock->addModel();

    REQUIRE(project->modelCount() == 3);
    const ModelId added = project->modelAt(1)->id(); // after the current (first) model
    CHECK(f.window()->canvas()->model() == added);
    CHECK(listed(dock) == names(project));

    f.document()->undoStack()->undo();
    CHECK(project->modelCount() == 2);
    CHECK(listed(dock) == names(project));
    CHECK(project->model(f.window()->canvas()->model()) != nullptr);
}

TEST_CASE("Renaming a model in the list is one undo step")
{
    test::WindowFixture f(twoModels());
    ModelListDock *dock = f.window()->modelList();
    Project *project = f.document()->project();
    QListWidget *list = dock->list();
    list->setCurrentRow(1);
    dock->renameCurrent();
    auto *editor = list->viewport()->findChild<QLineEdit *>();
    REQUIRE(editor);
    editor->selectAll();
    QTest::keyClicks(editor, QStringLiteral("Good Work"));
    QTest::keyClick(editor, Qt::Key_Return);
    QCoreApplication::processEvents(); // the list commits the edit on the next turn

    CHECK(project->modelAt(1)->name() == QStringLiteral("Good Work"));
    CHECK(f.document()->undoStack()->count() == 1);
    f.document()->undoStack()->undo();
    CHECK(project->modelAt(1)->name() == QStringLiteral("Employment, Skills and Work"));
    CHECK(list->item(1)->text() == QStringLiteral("Employment, Skills and Work"));
}

TEST_CASE("Deleting a model removes it with its cards; undo brings both back")
{
    test::WindowFixture f(twoModels());
    ModelListDock *dock = f.window()->modelList();
    Project *project = f.document()->project();
    const ModelData before = project->modelAt(0)->data();
    dock->list()->setCurrentRow(0);
    dock->deleteCurrent();

    CHECK(project->modelCount() == 1);
    CHECK(listed(dock) == names(project));
    CHECK(f.window()->canvas()->model() == project->modelAt(0)->id());

    f.document()->undoStack()->undo();
    REQUIRE(project->modelCount() == 2);
    CHECK(project->modelAt(0)->data() == before);
    CHECK(listed(dock) == names(project));
}

TEST_CASE("Moving a model down the list and duplicating it")
{
    test::WindowFixture f(twoModels());
    ModelListDock *dock = f.window()->modelList();
    Project *project = f.document()->project();
    dock->list()->setCurrentRow(0);
    dock->moveCurrent(+1);
    CHECK(names(project)
          == QStringList{QStringLiteral("Employment, Skills and Work"),
                         QStringLiteral("Housing and Health")});
    CHECK(listed(dock) == names(project));

    dock->setCurrentModel(project->modelAt(1)->id());
    dock->duplicateCurrent();
    REQUIRE(project->modelCount() == 3);
    const LogicModel *copy = project->modelAt(2);
    CHECK(copy->name() == QStringLiteral("Housing and Health (copy)"));
    CHECK(copy->nodes().size() == 1);
    CHECK(copy->nodes().first().id != project->modelAt(1)->nodes().first().id);
    CHECK(f.document()->undoStack()->count() == 2);
}
