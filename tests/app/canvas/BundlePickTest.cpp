// Picking merged arrows: a click on a bundle's junction, or on a stretch several of its arrows
// share, picks every arrow drawn there, so that the relationship the merged arrows draw is what
// gets selected, hovered, described and deleted.
#include "CanvasFixture.h"
#include "canvas/LinkItem.h"

#include <QTest>
#include <QToolTip>
#include <catch2/catch.hpp>

using namespace el;
using namespace el::test;

namespace {
QPointF junctionOf(const BundleFixture &f)
{
    return *f.scene()->linkItem(f.links.first())->junction();
}

// The point of a link's line at this height of the way, in x, between two x positions (the
// lines of a bundle run steadily rightwards).
QPointF alongLine(const BundleFixture &f, LinkId link, double fromX, double toX, double share)
{
    const QPainterPath &path = f.scene()->linkItem(link)->path();
    const double x = fromX + (toX - fromX) * share;
    for (int i = 0; i <= 2000; ++i) {
        const QPointF p = path.pointAtPercent(i / 2000.0);
        if (p.x() >= x)
            return p;
    }
    return path.currentPosition();
}

// On the stretch from the junction into this output (drawn by every activity's arrow to it).
QPointF intoOutput(const BundleFixture &f, int output)
{
    const QPointF port = f.scene()->nodeItem(f.outputs.at(output))->inPort();
    return alongLine(f, f.links.at(output), junctionOf(f).x(), port.x(), 0.6);
}

// On the stretch from this activity into the junction (drawn by its arrows to every output).
QPointF fromActivity(const BundleFixture &f, int activity)
{
    const QPointF port = f.scene()->nodeItem(f.activities.at(activity))->outPort();
    return alongLine(f, f.links.at(3 * activity), port.x(), junctionOf(f).x(), 0.4);
}

// An empty spot between the columns, under the cards.
QPointF belowJunction(const BundleFixture &f)
{
    return junctionOf(f) + QPointF(0, 230);
}

QPointF onPlainArrow(const BundleFixture &f)
{
    return f.scene()->linkItem(f.extra)->path().pointAtPercent(0.5);
}

void click(BundleFixture &f, const QPointF &scenePos, Qt::KeyboardModifiers mods = {})
{
    REQUIRE(f.view->viewport()->rect().contains(f.toView(scenePos)));
    QTest::mouseClick(f.view->viewport(), Qt::LeftButton, mods, f.toView(scenePos));
}

QList<LinkId> intoOutputLinks(const BundleFixture &f, int output)
{
    return {f.links.at(output), f.links.at(3 + output), f.links.at(6 + output)};
}

QList<LinkId> lit(const BundleFixture &f)
{
    QList<LinkId> out;
    for (LinkId l : f.links + QList<LinkId>{f.extra}) {
        if (f.scene()->linkItem(l)->isMergeHovered())
            out << l;
    }
    return out;
}

// The pointer comes to rest there.
void point(BundleFixture &f, const QPointF &scenePos)
{
    f.mouse(QEvent::MouseMove, scenePos, Qt::NoButton, Qt::NoButton);
    QApplication::processEvents();
}

QString toolTipAt(BundleFixture &f, const QPointF &scenePos)
{
    QWidget *w = f.view->viewport();
    const QPoint p = f.toView(scenePos);
    QHelpEvent help(QEvent::ToolTip, p, w->mapToGlobal(p));
    QApplication::sendEvent(w, &help);
    return QToolTip::isVisible() ? QToolTip::text() : QString();
}
} // namespace

TEST_CASE("Clicking a bundle's junction selects every arrow merged through it", "[canvas][bundles]")
{
    BundleFixture f;
    f.show();
    REQUIRE(f.scene()->bundles().size() == 1);
    click(f, junctionOf(f));
    CHECK(f.view->selectedLinks() == f.links);
    CHECK(f.view->selectedNodes().isEmpty());
    // A click on the empty canvas still clears it.
    click(f, belowJunction(f));
    CHECK(f.view->selectedLinks().isEmpty());
}

TEST_CASE("Clicking a stretch of merged arrows selects the arrows drawn along it; a plain arrow "
          "alone",
          "[canvas][bundles]")
{
    BundleFixture f;
    f.show();
    // Out of the junction into one output: the arrows of the three activities to that output.
    click(f, intoOutput(f, 1));
    CHECK(f.view->selectedLinks() == intoOutputLinks(f, 1));
    // From one activity into the junction: that activity's arrows to the three outputs.
    click(f, fromActivity(f, 0));
    CHECK(f.view->selectedLinks() == f.links.mid(0, 3));
    // An arrow drawn alone is picked alone.
    click(f, onPlainArrow(f));
    CHECK(f.view->selectedLinks() == QList<LinkId>{f.extra});
}

TEST_CASE("Ctrl- and Shift-click add merged arrows to the selection or take them out",
          "[canvas][bundles]")
{
    BundleFixture f;
    f.show();
    click(f, onPlainArrow(f));
    click(f, junctionOf(f), Qt::ShiftModifier);
    CHECK(f.view->selectedLinks().size() == 10);
    // All three already selected: Ctrl-click takes them out.
    click(f, intoOutput(f, 2), Qt::ControlModifier);
    QList<LinkId> expected = f.links + QList<LinkId>{f.extra};
    for (LinkId l : intoOutputLinks(f, 2))
        expected.removeOne(l);
    CHECK(f.view->selectedLinks() == expected);
    click(f, intoOutput(f, 2), Qt::ShiftModifier);
    CHECK(f.view->selectedLinks().size() == 10);
    // Shift-click adds a card as Ctrl-click does.
    const QPointF card = f.scene()->nodeItem(f.outcome)->mapToScene(QPointF(40, 20));
    click(f, card, Qt::ShiftModifier);
    CHECK(f.view->selectedNodes() == QList<NodeId>{f.outcome});
    CHECK(f.view->selectedLinks().size() == 10);
    CHECK(f.doc->undoStack()->count() == 0);
}

TEST_CASE("Delete removes merged arrows picked together in one step; one Undo brings them back",
          "[canvas][bundles]")
{
    BundleFixture f;
    f.show();
    const QPointF junction = junctionOf(f);
    point(f, junction);
    click(f, junction);
    QTest::keyClick(f.view.get(), Qt::Key_Delete);
    CHECK(f.model()->links().size() == 1); // the plain arrow stays
    CHECK(f.scene()->linkItemCount() == 1);
    CHECK(f.doc->undoStack()->count() == 1);
    f.doc->undoStack()->undo();
    for (LinkId l : std::as_const(f.links))
        CHECK(f.model()->link(l));
    CHECK(f.model()->links().size() == 10);
    f.scene()->updateBundles();
    REQUIRE(f.scene()->bundles().size() == 1);
    CHECK(f.scene()->bundles().first().links.size() == 9);
    // The pointer still there lights the arrows brought back.
    point(f, junction + QPointF(1, 0));
    CHECK(lit(f) == f.links);
}

TEST_CASE("Pointing at merged arrows lights them and says in words what they draw",
          "[canvas][bundles]")
{
    BundleFixture f;
    f.show();
    point(f, junctionOf(f));
    CHECK(lit(f) == f.links);
    CHECK(toolTipAt(f, junctionOf(f))
          == QStringLiteral("9 arrows merged here: 3 activities lead to 3 outputs. Click to "
                            "select them all."));
    point(f, intoOutput(f, 1));
    CHECK(lit(f) == intoOutputLinks(f, 1));
    CHECK(toolTipAt(f, intoOutput(f, 1))
          == QStringLiteral("3 arrows merged here: 3 activities lead to \u201cOutput 2\u201d. "
                            "Click to select them all."));
    point(f, fromActivity(f, 2));
    CHECK(lit(f) == f.links.mid(6, 3));
    CHECK(toolTipAt(f, fromActivity(f, 2))
          == QStringLiteral("3 arrows merged here: \u201cActivity 3\u201d leads to 3 outputs. "
                            "Click to select them all."));
    // A plain arrow lights alone and keeps its own tooltip.
    point(f, onPlainArrow(f));
    CHECK(lit(f).isEmpty());
    CHECK(toolTipAt(f, onPlainArrow(f)).startsWith(QStringLiteral("No rationale yet")));
    // Off the arrows, nothing stays lit.
    point(f, belowJunction(f));
    CHECK(lit(f).isEmpty());
}
