// A registrar who cannot or does not use a mouse can still reach every card and draw arrows:
// Tab walks the cards in reading order, and Ctrl+L draws an arrow to a card chosen from a list.
#include "ModelBuilder.h"
#include "WindowFixture.h"
#include "canvas/CanvasView.h"
#include "dialogs/ConnectDialog.h"
#include "document/Document.h"
#include "model/LogicModel.h"

#include <QAction>
#include <QApplication>
#include <QLineEdit>
#include <QListWidget>
#include <QTest>
#include <QTimer>
#include <QUndoStack>
#include <catch2/catch.hpp>

using namespace el;

namespace {
struct Cards
{
    NodeId input, topActivity, lowerActivity, output, outcome;
    std::unique_ptr<Project> project;
};

// Given out of reading order on purpose: the order comes from columns and heights.
Cards fourColumns()
{
    test::ModelBuilder b(QStringLiteral("Employment"));
    Cards c;
    c.outcome = b.node(NodeKind::OutcomeShort, QStringLiteral("More people in good work"), {3});
    c.lowerActivity = b.node(NodeKind::Activity, QStringLiteral("Job fairs"));
    b.last().pos = QPointF(0, 300);
    c.topActivity = b.node(NodeKind::Activity, QStringLiteral("Employment advisers in surgeries"));
    b.last().pos = QPointF(0, 100);
    c.input = b.node(NodeKind::Input, QStringLiteral("Advisers"));
    c.output = b.node(NodeKind::Output, QStringLiteral("Patients referred to an adviser"));
    b.link(c.input, c.topActivity);
    c.project = b.project();
    return c;
}

NodeId selectedCard(CanvasView *canvas)
{
    const QList<NodeId> selected = canvas->selectedNodes();
    return selected.size() == 1 ? selected.first() : NodeId();
}
} // namespace

TEST_CASE("Tab and Shift+Tab walk the cards column by column, top to bottom, and wrap round")
{
    Cards c = fourColumns();
    test::WindowFixture f(std::move(c.project));
    CanvasView *canvas = f.window()->canvas();
    f.window()->show();
    REQUIRE(QTest::qWaitForWindowExposed(f.window()));
    canvas->setFocus();

    const QList<NodeId> reading = {c.input, c.topActivity, c.lowerActivity, c.output, c.outcome};
    for (const NodeId &expected : reading) {
        QTest::keyClick(canvas, Qt::Key_Tab);
        CHECK(selectedCard(canvas) == expected);
    }
    QTest::keyClick(canvas, Qt::Key_Tab); // past the last card: back to the first
    CHECK(selectedCard(canvas) == c.input);
    QTest::keyClick(canvas, Qt::Key_Backtab, Qt::ShiftModifier);
    CHECK(selectedCard(canvas) == c.outcome);
    QTest::keyClick(canvas, Qt::Key_Backtab, Qt::ShiftModifier);
    CHECK(selectedCard(canvas) == c.output);
    CHECK(canvas->hasFocus()); // Tab stays on the canvas while it has cards
}

TEST_CASE("The arrow list offers only the cards an arrow may lead to, narrowed as one types")
{
    Cards c = fourColumns();
    test::WindowFixture f(std::move(c.project));
    ConnectDialog dialog(*f.model(), c.topActivity);
    // Only cards in later columns: never the card itself, never one in its own column or an
    // earlier one.
    QStringList offered;
    for (int row = 0; row < dialog.list()->count(); ++row)
        offered << dialog.list()->item(row)->text();
    CHECK(offered.contains(QStringLiteral("Patients referred to an adviser (output)")));
    CHECK(offered.contains(QStringLiteral("More people in good work (short-term outcome)")));
    for (const QString &text : std::as_const(offered)) {
        CHECK_FALSE(text.startsWith(QStringLiteral("Advisers")));
        CHECK_FALSE(text.startsWith(QStringLiteral("Employment advisers")));
        CHECK_FALSE(text.startsWith(QStringLiteral("Job fairs")));
    }

    QTest::keyClicks(dialog.filterEdit(), QStringLiteral("good work"));
    CHECK(dialog.target() == c.outcome);
    QTest::keyClicks(dialog.filterEdit(), QStringLiteral("zzz"));
    CHECK(dialog.target().isNull());
}

TEST_CASE("Ctrl+L draws an arrow from the selected card to the one chosen, as one undo step")
{
    Cards c = fourColumns();
    test::WindowFixture f(std::move(c.project));
    CanvasView *canvas = f.window()->canvas();
    canvas->selectNodes({c.topActivity}, false);
    QAction *connect = nullptr;
    for (QAction *action : f.window()->findChildren<QAction *>()) {
        if (action->shortcut() == QKeySequence(QStringLiteral("Ctrl+L")))
            connect = action;
    }
    REQUIRE(connect);
    REQUIRE(connect->isEnabled());
    const qsizetype links = f.model()->links().size();
    const int steps = f.document()->undoStack()->count();

    // The user types part of a title and presses Enter.
    bool answered = false;
    QTimer::singleShot(0, [&] {
        auto *dialog = qobject_cast<ConnectDialog *>(QApplication::activeModalWidget());
        REQUIRE(dialog);
        QTest::keyClicks(dialog->filterEdit(), QStringLiteral("referred"));
        QTest::keyClick(dialog->filterEdit(), Qt::Key_Return);
        answered = true;
    });
    connect->trigger();
    CHECK(answered);
    REQUIRE(f.model()->links().size() == links + 1);
    CHECK(f.model()->links().last().from == c.topActivity);
    CHECK(f.model()->links().last().to == c.output);
    CHECK(f.document()->undoStack()->count() == steps + 1);
    f.document()->undoStack()->undo();
    CHECK(f.model()->links().size() == links);

    // With two cards selected there is no single card to draw from.
    canvas->selectNodes({c.topActivity, c.lowerActivity}, false);
    CHECK_FALSE(connect->isEnabled());
}
