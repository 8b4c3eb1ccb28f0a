// What a person does with the mouse and keyboard on the canvas, on a real widget: each gesture
// is one undo step, and invalid connections are refused with a reason.
#include "CanvasFixture.h"
#include "canvas/ColumnItem.h"
#include "canvas/InlineTitleEditor.h"
#include "canvas/SceneGestures.h"

#include <QSignalSpy>
#include <QTest>
#include <catch2/catch.hpp>

using namespace el;
using namespace el::test;

namespace {
// An empty spot in a column, under its cards.
QPointF emptySpotIn(const CanvasFixture &f, NodeKind kind)
{
    const QRectF r = f.scene()->columnItem(kind)->columnRect();
    return QPointF(r.center().x(), r.bottom() - 50);
}

const Node *nodeTitled(const LogicModel *m, const QString &title)
{
    for (const Node &n : m->nodes()) {
        if (n.title == title)
            return &n;
    }
    return nullptr;
}
} // namespace

TEST_CASE("Double-clicking a column and typing adds a card of that column's kind", "[canvas]")
{
    CanvasFixture f;
    f.show();
    const int before = f.doc->undoStack()->count();
    QTest::mouseDClick(f.view->viewport(), Qt::LeftButton, {},
                       f.toView(emptySpotIn(f, NodeKind::Activity)));
    REQUIRE(f.scene()->gestures()->isEditingTitle());
    QTest::keyClicks(f.view.get(), QStringLiteral("Warm home grants"));
    QTest::keyClick(f.view.get(), Qt::Key_Return);

    const Node *n = nodeTitled(f.model(), QStringLiteral("Warm home grants"));
    REQUIRE(n);
    CHECK(n->kind == NodeKind::Activity);
    CHECK(f.model()->nodes().size() == 5);
    CHECK(f.doc->undoStack()->count() == before + 1);
    CHECK_FALSE(f.scene()->gestures()->isEditingTitle());
    CHECK(f.view->selectedNodes() == QList<NodeId>{n->id});

    f.doc->undoStack()->undo();
    CHECK(f.model()->nodes().size() == 4);
    CHECK(f.scene()->nodeItemCount() == 4);
}

TEST_CASE("Escape while typing a new card's title adds nothing", "[canvas]")
{
    CanvasFixture f;
    f.show();
    QTest::mouseDClick(f.view->viewport(), Qt::LeftButton, {},
                       f.toView(emptySpotIn(f, NodeKind::Output)));
    REQUIRE(f.scene()->gestures()->isEditingTitle());
    QTest::keyClicks(f.view.get(), QStringLiteral("Leaflets"));
    QTest::keyClick(f.view.get(), Qt::Key_Escape);
    CHECK(f.model()->nodes().size() == 4);
    CHECK(f.doc->undoStack()->count() == 0);
    CHECK(f.scene()->nodeItemCount() == 4);
    CHECK_FALSE(f.scene()->gestures()->isEditingTitle());
}

TEST_CASE("A new card can be added into a folded column", "[canvas]")
{
    CanvasFixture f;
    f.show();
    REQUIRE(f.scene()->columnLayout().column(NodeKind::Impact).collapsed);
    QTest::mouseDClick(f.view->viewport(), Qt::LeftButton, {},
                       f.toView(emptySpotIn(f, NodeKind::Impact)));
    REQUIRE(f.scene()->gestures()->isEditingTitle());
    QTest::keyClicks(f.view.get(), QStringLiteral("Healthier lives"));
    QTest::keyClick(f.view.get(), Qt::Key_Enter);
    const Node *n = nodeTitled(f.model(), QStringLiteral("Healthier lives"));
    REQUIRE(n);
    CHECK(n->kind == NodeKind::Impact);
    CHECK_FALSE(f.scene()->columnLayout().column(NodeKind::Impact).collapsed);
}

TEST_CASE("The toolbar's add card opens the title editor at a free spot", "[canvas]")
{
    CanvasFixture f;
    f.show();
    f.view->addNodeOfKind(static_cast<int>(NodeKind::Output));
    REQUIRE(f.scene()->gestures()->isEditingTitle());
    QTest::keyClicks(f.view.get(), QStringLiteral("Advice sessions held"));
    QTest::keyClick(f.view.get(), Qt::Key_Return);
    const Node *n = nodeTitled(f.model(), QStringLiteral("Advice sessions held"));
    REQUIRE(n);
    CHECK(n->kind == NodeKind::Output);
    // Not on top of the card already in that column.
    const QRectF existing = f.item(f.output)->sceneBoundingRect();
    CHECK_FALSE(f.item(n->id)->sceneBoundingRect().intersects(existing.adjusted(0, 0, 0, -10)));
}

TEST_CASE("Double-clicking a card edits its title in place, as one undo step", "[canvas]")
{
    CanvasFixture f;
    f.show();
    const QPointF centre = f.item(f.output)->sceneBoundingRect().center();
    QTest::mouseDClick(f.view->viewport(), Qt::LeftButton, {}, f.toView(centre));
    REQUIRE(f.scene()->gestures()->isEditingTitle());
    QTest::keyClicks(f.view.get(), QStringLiteral("Homes given energy advice"));
    QTest::keyClick(f.view.get(), Qt::Key_Return);
    CHECK(f.model()->node(f.output)->title == QStringLiteral("Homes given energy advice"));
    CHECK(f.doc->undoStack()->count() == 1);
    f.doc->undoStack()->undo();
    CHECK(f.model()->node(f.output)->title == QStringLiteral("Homes visited"));
}

TEST_CASE("Dragging a card moves it as one undo step", "[canvas]")
{
    CanvasFixture f;
    f.show();
    const QPointF before = f.model()->node(f.activity)->pos;
    const QPointF grab = f.item(f.activity)->mapToScene(QPointF(40, 20));
    f.drag(grab, grab + QPointF(30, 120));
    CHECK(f.doc->undoStack()->count() == 1);
    const Node *n = f.model()->node(f.activity);
    CHECK(n->pos.y() == Approx(before.y() + 120));
    // Cards stay in their column.
    CHECK(f.item(f.activity)->x()
          == Approx(f.scene()->columnLayout().cardLeft(NodeKind::Activity)));
    f.doc->undoStack()->undo();
    CHECK(f.model()->node(f.activity)->pos == before);
    CHECK(f.item(f.activity)->y() == Approx(before.y()));
}

TEST_CASE("Dragging two selected cards moves both in one step", "[canvas]")
{
    CanvasFixture f;
    f.show();
    f.view->selectNodes({f.activity, f.output}, false);
    const double a = f.model()->node(f.activity)->pos.y();
    const double o = f.model()->node(f.output)->pos.y();
    const QPointF grab = f.item(f.activity)->mapToScene(QPointF(40, 20));
    f.drag(grab, grab + QPointF(0, 80));
    CHECK(f.doc->undoStack()->count() == 1);
    CHECK(f.model()->node(f.activity)->pos.y() == Approx(a + 80));
    CHECK(f.model()->node(f.output)->pos.y() == Approx(o + 80));
}

TEST_CASE("Arrow keys move the selection one step per press", "[canvas]")
{
    CanvasFixture f;
    f.show();
    f.view->selectNodes({f.output}, false);
    const double y = f.model()->node(f.output)->pos.y();
    QTest::keyClick(f.view.get(), Qt::Key_Down);
    QTest::keyClick(f.view.get(), Qt::Key_Down);
    CHECK(f.model()->node(f.output)->pos.y() == Approx(y + 20));
    CHECK(f.doc->undoStack()->count() == 2);
}

TEST_CASE("Dragging from a card's handle to a later card connects them", "[canvas]")
{
    CanvasFixture f;
    f.show();
    const auto links = f.model()->links().size();
    NodeItem *from = f.item(f.output);
    const QPointF handle = from->mapToScene(from->handleRect().center());
    const QPointF target = f.item(f.outcome)->sceneBoundingRect().center();
    f.drag(handle, target);
    REQUIRE(f.model()->links().size() == links + 1);
    CHECK(f.model()->hasLink(f.output, f.outcome));
    CHECK(f.doc->undoStack()->count() == 1);
    CHECK(f.scene()->linkItemCount() == 3);
    // The card did not move.
    CHECK(f.doc->undoStack()->command(0)->text() != QString());
    f.doc->undoStack()->undo();
    CHECK_FALSE(f.model()->hasLink(f.output, f.outcome));
}

TEST_CASE("Dragging a connection backward is refused with the reason", "[canvas]")
{
    CanvasFixture f;
    f.show();
    QSignalSpy messages(f.view.get(), &CanvasView::statusMessage);
    NodeItem *from = f.item(f.outcome);
    const QPointF handle = from->mapToScene(from->handleRect().center());
    const QPointF target = f.item(f.input)->sceneBoundingRect().center();

    // While hovering over the target, it shows as refused.
    f.mouse(QEvent::MouseButtonPress, handle, Qt::LeftButton, Qt::LeftButton);
    f.mouse(QEvent::MouseMove, (handle + target) / 2, Qt::NoButton, Qt::LeftButton);
    f.mouse(QEvent::MouseMove, target, Qt::NoButton, Qt::LeftButton);
    CHECK(f.item(f.input)->targetCue() == NodeItem::TargetCue::Refused);
    f.mouse(QEvent::MouseButtonRelease, target, Qt::LeftButton, Qt::NoButton);

    CHECK_FALSE(f.model()->hasLink(f.outcome, f.input));
    CHECK(f.doc->undoStack()->count() == 0);
    CHECK(f.item(f.input)->targetCue() == NodeItem::TargetCue::None);
    bool explained = false;
    for (const auto &args : messages)
        explained = explained || args.at(0).toString().contains(QStringLiteral("forward"));
    CHECK(explained);
}

TEST_CASE("Delete removes the selected card and its arrows; undo restores them", "[canvas]")
{
    CanvasFixture f;
    f.show();
    f.view->selectNodes({f.activity}, false);
    QTest::keyClick(f.view.get(), Qt::Key_Delete);
    CHECK_FALSE(f.model()->node(f.activity));
    CHECK(f.model()->links().isEmpty());
    CHECK(f.scene()->linkItemCount() == 0);
    CHECK(f.doc->undoStack()->count() == 1);
    f.doc->undoStack()->undo();
    CHECK(f.model()->node(f.activity));
    CHECK(f.model()->links().size() == 2);
    CHECK(f.scene()->linkItemCount() == 2);
}

TEST_CASE("Ctrl-click adds a card to the selection", "[canvas]")
{
    CanvasFixture f;
    f.show();
    const QPointF a = f.item(f.activity)->mapToScene(QPointF(40, 20));
    const QPointF o = f.item(f.output)->mapToScene(QPointF(40, 20));
    QTest::mouseClick(f.view->viewport(), Qt::LeftButton, {}, f.toView(a));
    QTest::mouseClick(f.view->viewport(), Qt::LeftButton, Qt::ControlModifier, f.toView(o));
    CHECK(f.view->selectedNodes().size() == 2);
    CHECK(f.doc->undoStack()->count() == 0);
}

TEST_CASE("Zoom keeps to its limits and fit shows the whole model", "[canvas]")
{
    CanvasFixture f;
    f.show();
    for (int i = 0; i < 20; ++i)
        f.view->zoomIn();
    CHECK(f.view->zoom() == Approx(4.0));
    for (int i = 0; i < 40; ++i)
        f.view->zoomOut();
    CHECK(f.view->zoom() == Approx(0.1));
    f.view->zoomToFit();
    const QRectF visible = f.view->mapToScene(f.view->viewport()->rect()).boundingRect();
    CHECK(visible.contains(f.scene()->contentRect()));
    f.view->actualSize();
    CHECK(f.view->zoom() == Approx(1.0));
}
