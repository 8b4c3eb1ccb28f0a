// The canvas mirrors the model: whatever a command, an undo or a redo does to the model shows on
// the canvas at once, and switching or removing the model shows the right thing.
#include "CanvasFixture.h"
#include "canvas/LinkItem.h"
#include "commands/AddLinkCommand.h"
#include "commands/AddModelCommand.h"
#include "commands/AddNodesCommand.h"
#include "commands/ChangeNodesCommand.h"
#include "commands/RemoveModelCommand.h"
#include "commands/RemoveNodesCommand.h"

#include <catch2/catch.hpp>

using namespace el;
using namespace el::test;

namespace {
Node newNode(NodeKind kind, const QString &title, QPointF pos = {0, 400})
{
    Node n;
    n.id = NodeId::create();
    n.kind = kind;
    n.title = title;
    n.pos = pos;
    return n;
}
} // namespace

TEST_CASE("The canvas shows every card and arrow of the model", "[canvas]")
{
    CanvasFixture f;
    CHECK(f.scene()->nodeItemCount() == 4);
    CHECK(f.scene()->linkItemCount() == 2);
    CHECK(f.item(f.activity)->title() == QStringLiteral("Home energy visits"));
}

TEST_CASE("Adding a card shows it; undo hides it; redo shows it again", "[canvas]")
{
    CanvasFixture f;
    const Node n = newNode(NodeKind::OutcomeMedium, QStringLiteral("Fewer cold homes"));
    f.doc->push(new AddNodesCommand(f.doc->project(), f.modelId, {n}));
    REQUIRE(f.item(n.id));
    CHECK(f.item(n.id)->title() == n.title);
    // It sits in its own column, at its stored height.
    const auto &col = f.scene()->columnLayout().column(NodeKind::OutcomeMedium);
    CHECK_FALSE(col.collapsed);
    CHECK(f.item(n.id)->x() == Approx(f.scene()->columnLayout().cardLeft(NodeKind::OutcomeMedium)));
    CHECK(f.item(n.id)->y() == Approx(400));

    f.doc->undoStack()->undo();
    CHECK_FALSE(f.item(n.id));
    CHECK(f.scene()->nodeItemCount() == 4);
    // The empty medium-term column folds again.
    CHECK(f.scene()->columnLayout().column(NodeKind::OutcomeMedium).collapsed);

    f.doc->undoStack()->redo();
    CHECK(f.item(n.id));
}

TEST_CASE("Removing cards removes their arrows; undo brings both back", "[canvas]")
{
    CanvasFixture f;
    f.doc->push(new RemoveNodesCommand(f.doc->project(), f.modelId, {f.activity}));
    CHECK_FALSE(f.item(f.activity));
    CHECK(f.scene()->linkItemCount() == 0);
    f.doc->undoStack()->undo();
    REQUIRE(f.item(f.activity));
    CHECK(f.scene()->linkItemCount() == 2);
    f.doc->undoStack()->redo();
    CHECK(f.scene()->linkItemCount() == 0);
}

TEST_CASE("Editing a card's title, principles or position shows at once", "[canvas]")
{
    CanvasFixture f;
    Node n = *f.model()->node(f.output);
    n.title = QStringLiteral("Homes visited and given advice");
    f.doc->push(new EditNodeCommand(f.doc->project(), f.modelId, n));
    CHECK(f.item(f.output)->title() == n.title);
    f.doc->undoStack()->undo();
    CHECK(f.item(f.output)->title() == QStringLiteral("Homes visited"));

    f.doc->push(
        new MoveNodesCommand(f.doc->project(), f.modelId, {qMakePair(f.output, QPointF(0, 555))}));
    CHECK(f.item(f.output)->y() == Approx(555));
    // The arrow into it follows.
    LinkItem *arrow = nullptr;
    for (const Link &l : f.model()->links()) {
        if (l.to == f.output)
            arrow = f.scene()->linkItem(l.id);
    }
    REQUIRE(arrow);
    CHECK(arrow->boundingRect().contains(f.item(f.output)->inPort()));
    f.doc->undoStack()->undo();
    CHECK(f.item(f.output)->y() == Approx(f.model()->node(f.output)->pos.y()));
}

TEST_CASE("Connecting and disconnecting shows and hides the arrow, with undo", "[canvas]")
{
    CanvasFixture f;
    Link l;
    l.id = LinkId::create();
    l.from = f.output;
    l.to = f.outcome;
    l.rationale = QStringLiteral("Advice leads to warmer homes");
    f.doc->push(new AddLinkCommand(f.doc->project(), f.modelId, l));
    REQUIRE(f.scene()->linkItem(l.id));
    CHECK(f.scene()->linkItem(l.id)->toolTip().contains(l.rationale));
    f.doc->push(new RemoveLinksCommand(f.doc->project(), f.modelId, {l.id}));
    CHECK_FALSE(f.scene()->linkItem(l.id));
    f.doc->undoStack()->undo();
    CHECK(f.scene()->linkItem(l.id));
}

TEST_CASE("Switching models shows the other model; removing the shown one clears the canvas",
          "[canvas]")
{
    CanvasFixture f;
    ModelBuilder other(QStringLiteral("Net Zero"));
    const NodeId a = other.node(NodeKind::Activity, QStringLiteral("Retrofit council homes"));
    f.doc->push(new AddModelCommand(f.doc->project(), other.data()));
    f.view->setModel(other.data().id);
    CHECK(f.scene()->nodeItemCount() == 1);
    CHECK(f.item(a));
    CHECK_FALSE(f.item(f.activity));

    f.view->setModel(f.modelId);
    CHECK(f.scene()->nodeItemCount() == 4);

    f.doc->push(new RemoveModelCommand(f.doc->project(), f.modelId));
    CHECK(f.scene()->nodeItemCount() == 0);
    CHECK(f.view->model().isNull());
    CHECK_FALSE(f.scene()->isEditable());
}

TEST_CASE("A long title makes the card taller instead of cutting it off", "[canvas]")
{
    CanvasFixture f;
    const double before = f.item(f.outcome)->cardRect().height();
    Node n = *f.model()->node(f.outcome);
    n.title = QStringLiteral("More households in the most deprived wards live in homes that are "
                             "warm, dry and affordable to heat through the whole winter, so "
                             "fewer people are admitted to hospital with cold-related illness");
    f.doc->push(new EditNodeCommand(f.doc->project(), f.modelId, n));
    const double after = f.item(f.outcome)->cardRect().height();
    CHECK(after > before + 60);
}

TEST_CASE("Findings show as a marker on their cards", "[canvas]")
{
    CanvasFixture f;
    Diagnostic d;
    d.code = QStringLiteral("EL101");
    d.message = QStringLiteral("\"Warmer homes\" has no indicator.");
    d.model = f.modelId;
    d.nodes = {f.outcome};
    f.view->setDiagnostics({d});
    CHECK(f.item(f.outcome)->findingCount() == 1);
    CHECK(f.item(f.activity)->findingCount() == 0);
    const QPointF marker(f.item(f.outcome)->cardRect().width() - 3, 3);
    CHECK(f.item(f.outcome)->toolTipAt(marker).contains(QStringLiteral("has no indicator")));
    CHECK(f.item(f.outcome)->toolTipAt(marker).startsWith(QStringLiteral("<b>1 finding</b>")));
    f.view->setDiagnostics({d, d});
    CHECK(f.item(f.outcome)->toolTipAt(marker).startsWith(QStringLiteral("<b>2 findings</b>")));
    f.view->setDiagnostics({});
    CHECK(f.item(f.outcome)->findingCount() == 0);
}

TEST_CASE("Highlighting a principle dims the cards not on a chain serving it", "[canvas]")
{
    CanvasFixture f;
    f.view->highlightPrinciple(5); // only the outcome carries 5, and nothing links to it
    CHECK_FALSE(f.scene()->isDimmed(f.outcome));
    CHECK(f.scene()->isDimmed(f.activity));
    f.view->highlightPrinciple(4); // the activity carries 4: its whole chain stays lit
    CHECK_FALSE(f.scene()->isDimmed(f.input));
    CHECK_FALSE(f.scene()->isDimmed(f.output));
    f.view->highlightChain({f.input, f.activity});
    CHECK(f.scene()->isDimmed(f.output));
    f.view->highlightChain({});
    CHECK_FALSE(f.scene()->isDimmed(f.output));
}
