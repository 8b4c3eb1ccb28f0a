// Arrange > Tidy untangles the current model (or only the selected cards) as one undo step, and
// says in the status bar how many arrows crossed before and after.
#include "ModelBuilder.h"
#include "WindowFixture.h"
#include "canvas/CanvasView.h"
#include "document/Document.h"
#include "layout/Layout.h"
#include "mainwindow/ArrangeActions.h"

#include <QAction>
#include <QStatusBar>
#include <catch2/catch.hpp>

using namespace el;

namespace {
std::unique_ptr<Project> tangled()
{
    auto project = std::make_unique<Project>();
    ModelData data = test::layeredModel(6, 2, 7);
    data.id = ModelId::create();
    data.name = QStringLiteral("Tangled");
    project->insertModel(data);
    return project;
}

QHash<NodeId, QPointF> positions(const LogicModel *model)
{
    QHash<NodeId, QPointF> out;
    for (const Node &n : model->nodes())
        out.insert(n.id, n.pos);
    return out;
}
} // namespace

TEST_CASE("Tidy reduces crossings on a tangled model in one undo step")
{
    test::WindowFixture f(tangled());
    const LogicModel *model = f.model();
    const qint64 before = Layout::countCrossings(model->data());
    REQUIRE(before > 0);
    const auto original = positions(model);
    const int steps = f.document()->undoStack()->count();

    f.window()->arrangeActions()->tidyAction()->trigger();

    CHECK(Layout::countCrossings(model->data()) < before);
    CHECK(f.document()->undoStack()->count() == steps + 1);
    CHECK(f.window()->statusBar()->currentMessage().contains(QString::number(before)));

    f.document()->undoStack()->undo();
    CHECK(positions(model) == original);
    CHECK(Layout::countCrossings(model->data()) == before);
}

TEST_CASE("Tidy with two or more cards selected moves only those cards")
{
    test::WindowFixture f(tangled());
    const LogicModel *model = f.model();
    QList<NodeId> activities;
    for (const Node &n : model->nodes()) {
        if (n.kind == NodeKind::Activity)
            activities << n.id;
    }
    const QList<NodeId> chosen = activities.mid(0, 4);
    f.window()->canvas()->selectNodes(chosen, false);
    const auto original = positions(model);

    f.window()->arrangeActions()->tidy();

    for (const Node &n : model->nodes()) {
        if (!chosen.contains(n.id)) {
            INFO(n.title.toStdString());
            CHECK(n.pos == original.value(n.id));
        }
    }
}

TEST_CASE("Tidy on a model that is already tidy changes nothing and adds no undo step")
{
    test::WindowFixture f(tangled());
    f.window()->arrangeActions()->tidy();
    const int steps = f.document()->undoStack()->count();
    f.window()->arrangeActions()->tidy();
    CHECK(f.document()->undoStack()->count() == steps);
}
