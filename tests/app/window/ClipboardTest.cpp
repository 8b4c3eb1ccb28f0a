// Copy and paste of cards: within a model, between models, and the clipboard's contents.
#include "ModelBuilder.h"
#include "WindowFixture.h"
#include "canvas/CanvasView.h"
#include "document/Document.h"
#include "mainwindow/EditActions.h"
#include "mainwindow/NodeClipboard.h"

#include <QApplication>
#include <QClipboard>
#include <QMimeData>
#include <catch2/catch.hpp>

using namespace el;

namespace {
struct Cards
{
    NodeId activity, outcome, other;
};

std::unique_ptr<Project> project(Cards &cards)
{
    test::ModelBuilder b(QStringLiteral("Housing and Health"));
    cards.activity = b.node(NodeKind::Activity, QStringLiteral("Insulate homes"), {8});
    cards.outcome = b.node(NodeKind::OutcomeShort, QStringLiteral("Fewer cold homes"), {4});
    cards.other = b.node(NodeKind::Output, QStringLiteral("Homes surveyed"));
    b.link(cards.activity, cards.outcome);
    b.link(cards.activity, cards.other);
    auto p = b.project();
    ModelData empty;
    empty.id = ModelId::create();
    empty.name = QStringLiteral("Net Zero");
    p->insertModel(empty);
    return p;
}
} // namespace

TEST_CASE("Copying cards puts interchange JSON on the clipboard, also as plain text")
{
    Cards cards;
    test::WindowFixture f(project(cards));
    f.window()->canvas()->selectNodes({cards.activity, cards.outcome}, false);
    f.window()->editActions()->copy();

    const QMimeData *mime = QApplication::clipboard()->mimeData();
    REQUIRE(mime);
    CHECK(mime->hasFormat(QLatin1String(NodeClipboard::mimeType)));
    CHECK(mime->text().contains(QStringLiteral("Fewer cold homes")));
    CHECK_FALSE(mime->text().contains(QStringLiteral("Homes surveyed")));
}

TEST_CASE("Pasting cards into another model adds copies with their links, as one undo step")
{
    Cards cards;
    test::WindowFixture f(project(cards));
    MainWindow *w = f.window();
    w->canvas()->selectNodes({cards.activity, cards.outcome}, false);
    w->editActions()->copy();

    const LogicModel *target = f.model(1);
    w->showModel(target->id());
    REQUIRE(w->canvas()->model() == target->id());
    w->editActions()->paste();

    REQUIRE(target->nodes().size() == 2);
    REQUIRE(target->links().size() == 1); // only the link between the copied cards
    CHECK(target->nodes().at(0).title == QStringLiteral("Insulate homes"));
    CHECK(target->nodes().at(1).principles == PrincipleSet::of({4}));
    CHECK(target->nodes().at(0).id != cards.activity);
    CHECK(target->links().first().from == target->nodes().at(0).id);
    CHECK(target->links().first().to == target->nodes().at(1).id);
    CHECK(f.document()->undoStack()->count() == 1);
    CHECK(f.document()->undoStack()->undoText() == QStringLiteral("Paste 2 cards"));

    f.document()->undoStack()->undo();
    CHECK(target->nodes().isEmpty());
    CHECK(target->links().isEmpty());
}

TEST_CASE("Duplicating cards in the same model offsets the copies and keeps the originals")
{
    Cards cards;
    test::WindowFixture f(project(cards));
    const LogicModel *model = f.model(0);
    const QPointF original = model->node(cards.outcome)->pos;
    f.window()->canvas()->selectNodes({cards.outcome}, false);
    f.window()->editActions()->duplicate();

    REQUIRE(model->nodes().size() == 4);
    const Node &copy = model->nodes().last();
    CHECK(copy.title == QStringLiteral("Fewer cold homes"));
    CHECK(copy.id != cards.outcome);
    CHECK(copy.pos != original);
    CHECK(model->node(cards.outcome)->pos == original);
}
