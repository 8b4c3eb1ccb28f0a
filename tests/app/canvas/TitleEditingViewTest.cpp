// Typing a card's title happens at a size one can read: zoomed far out, the canvas comes in to
// actual size around the card being written; at a readable zoom it keeps the zoom.
#include "CanvasFixture.h"
#include "canvas/InlineTitleEditor.h"
#include "canvas/SceneGestures.h"

#include <QTest>
#include <catch2/catch.hpp>

using namespace el;

namespace {
bool editorInView(const test::CanvasFixture &f)
{
    const InlineTitleEditor *editor = f.scene()->gestures()->titleEditor();
    REQUIRE(editor);
    const QRectF visible = f.view->mapToScene(f.view->viewport()->rect()).boundingRect();
    return visible.contains(editor->sceneBoundingRect());
}
} // namespace

TEST_CASE("Adding or renaming a card while zoomed far out zooms in to actual size around it",
          "[canvas]")
{
    test::CanvasFixture f;
    f.show();

    SECTION("a new card")
    {
        f.view->setZoom(0.4);
        f.view->addNodeOfKind(static_cast<int>(NodeKind::OutcomeMedium));
    }
    SECTION("a card's title, double-clicked")
    {
        f.view->setZoom(0.3);
        f.scene()->gestures()->editTitle(f.outcome);
    }
    CHECK(f.view->zoom() == Approx(1.0));
    CHECK(editorInView(f));
}

TEST_CASE("At a readable zoom, adding a card keeps the zoom and scrolls the card into view",
          "[canvas]")
{
    test::CanvasFixture f;
    f.show();
    f.view->setZoom(0.85);
    f.view->addNodeOfKind(static_cast<int>(NodeKind::Impact));
    CHECK(f.view->zoom() == Approx(0.85));
    CHECK(editorInView(f));
}
