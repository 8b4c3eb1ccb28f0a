// Right-clicking the canvas offers what can be done with what was clicked, from the window's own
// actions: a card's menu works on that card, empty space in a column offers a card of that kind.
#include "ModelBuilder.h"
#include "WindowFixture.h"
#include "canvas/CanvasView.h"
#include "canvas/ModelScene.h"
#include "canvas/NodeItem.h"
#include "model/LogicModel.h"

#include <QAction>
#include <QApplication>
#include <QContextMenuEvent>
#include <QMenu>
#include <QTest>
#include <QTimer>
#include <catch2/catch.hpp>

using namespace el;

namespace {
// Right-clicks the canvas at a scene point and returns the menu's entries (and leaves it).
QStringList rightClick(CanvasView *canvas, const QPointF &scenePos)
{
    const QPoint pos = canvas->mapFromScene(scenePos);
    QStringList entries;
    QTimer::singleShot(0, [&] {
        auto *menu = qobject_cast<QMenu *>(QApplication::activePopupWidget());
        REQUIRE(menu);
        for (QAction *a : menu->actions()) {
            if (!a->isSeparator())
                entries << a->text().remove(QLatin1Char('&'));
        }
        menu->close();
    });
    QContextMenuEvent event(QContextMenuEvent::Mouse, pos, canvas->viewport()->mapToGlobal(pos));
    QCoreApplication::sendEvent(canvas->viewport(), &event);
    return entries;
}

QPointF centreOf(CanvasView *canvas, NodeId id)
{
    for (QGraphicsItem *item : canvas->modelScene()->items()) {
        if (item->type() == NodeItem::Type && static_cast<NodeItem *>(item)->id() == id)
            return item->sceneBoundingRect().center();
    }
    FAIL("no item for the card");
    return {};
}
} // namespace

TEST_CASE("Right-clicking a card selects it and offers what can be done with it")
{
    test::ModelBuilder b;
    const NodeId fairs = b.node(NodeKind::Activity, QStringLiteral("Job fairs"));
    const NodeId advisers = b.node(NodeKind::Activity, QStringLiteral("Advisers in surgeries"));
    b.last().pos = QPointF(0, 200);
    test::WindowFixture f(b.project());
    CanvasView *canvas = f.window()->canvas();
    f.window()->show();
    REQUIRE(QTest::qWaitForWindowExposed(f.window()));
    canvas->selectNodes({advisers}, false);

    const QStringList entries = rightClick(canvas, centreOf(canvas, fairs));
    CHECK(canvas->selectedNodes() == QList<NodeId>{fairs});
    CHECK(entries.contains(QStringLiteral("Edit Title")));
    CHECK(entries.contains(QStringLiteral("Connect to a Card\u2026")));
    CHECK(entries.contains(QStringLiteral("Duplicate")));
    CHECK(entries.contains(QStringLiteral("Delete")));
    CHECK_FALSE(entries.contains(QStringLiteral("Paste")));
}

TEST_CASE("Right-clicking empty space in a column offers a card of that column there")
{
    test::ModelBuilder b;
    const NodeId fairs = b.node(NodeKind::Activity, QStringLiteral("Job fairs"));
    test::WindowFixture f(b.project());
    CanvasView *canvas = f.window()->canvas();
    f.window()->show();
    REQUIRE(QTest::qWaitForWindowExposed(f.window()));
    canvas->selectNodes({fairs}, false);

    // Below the card, still in the Activities column.
    const QPointF below = centreOf(canvas, fairs) + QPointF(0, 120);
    REQUIRE(canvas->modelScene()->kindAt(below) == NodeKind::Activity);
    const QStringList entries = rightClick(canvas, below);
    CHECK(canvas->selectedNodes().isEmpty());
    CHECK(entries.contains(QStringLiteral("Add a Card Here (activity)")));
    CHECK(entries.contains(QStringLiteral("Paste")));
    CHECK(entries.contains(QStringLiteral("Select All")));
    CHECK_FALSE(entries.contains(QStringLiteral("Delete")));
}
