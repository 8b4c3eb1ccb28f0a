// The properties panel edits the selected card, and every edit is one undo step.
#include "panels/PropertiesDock.h"
#include "BundleModel.h"
#include "DefaultLocale.h"
#include "ModelBuilder.h"
#include "WindowFixture.h"
#include "canvas/CanvasView.h"
#include "canvas/LinkItem.h"
#include "canvas/ModelScene.h"
#include "document/Document.h"
#include "panels/NodePropertiesPage.h"
#include "panels/PrincipleChecks.h"

#include <QCheckBox>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QStatusBar>
#include <QTableWidget>
#include <QTest>
#include <catch2/catch.hpp>

using namespace el;

namespace {
struct Fixture
{
    NodeId outcome;
    std::unique_ptr<test::WindowFixture> f;

    Fixture()
    {
        test::ModelBuilder b(QStringLiteral("Housing and Health"));
        const NodeId activity = b.node(NodeKind::Activity, QStringLiteral("Insulate homes"));
        outcome = b.node(NodeKind::OutcomeShort, QStringLiteral("Fewer cold homes"), {4});
        b.link(activity, outcome);
        f = std::make_unique<test::WindowFixture>(b.project());
        f->window()->canvas()->selectNodes({outcome}, false);
    }
    NodePropertiesPage *page() const { return f->window()->properties()->nodePage(); }
    const Node *node() const { return f->model()->node(outcome); }
};
} // namespace

TEST_CASE("Selecting a card shows its properties")
{
    Fixture x;
    CHECK(x.f->window()->properties()->currentPage() == x.page());
    CHECK(x.page()->titleEdit()->text() == QStringLiteral("Fewer cold homes"));
    CHECK(x.page()->principles()->checkBox(4)->isChecked());
    CHECK_FALSE(x.page()->principles()->checkBox(5)->isChecked());
}

TEST_CASE("Ticking a principle in the properties panel tags the card, as one undo step")
{
    Fixture x;
    QUndoStack *stack = x.f->document()->undoStack();
    QCheckBox *box = x.page()->principles()->checkBox(5);
    QTest::mouseClick(box, Qt::LeftButton);

    CHECK(x.node()->principles == PrincipleSet::of({4, 5}));
    CHECK(stack->count() == 1);

    stack->undo();
    CHECK(x.node()->principles == PrincipleSet::of({4}));
    CHECK_FALSE(box->isChecked()); // the panel follows the undo
    stack->redo();
    CHECK(x.node()->principles == PrincipleSet::of({4, 5}));
    CHECK(box->isChecked());
}

TEST_CASE("Typing a new title in the properties panel renames the card, as one undo step")
{
    Fixture x;
    QUndoStack *stack = x.f->document()->undoStack();
    QLineEdit *title = x.page()->titleEdit();
    title->setFocus();
    title->selectAll();
    QTest::keyClicks(title, QStringLiteral("Fewer households in fuel poverty"));
    CHECK(stack->count() == 0); // nothing is pushed while typing
    QTest::keyClick(title, Qt::Key_Return);

    CHECK(x.node()->title == QStringLiteral("Fewer households in fuel poverty"));
    CHECK(stack->count() == 1);
    stack->undo();
    CHECK(x.node()->title == QStringLiteral("Fewer cold homes"));
    CHECK(title->text() == QStringLiteral("Fewer cold homes"));
}

TEST_CASE("Clearing a card's title in the properties panel puts the old title back")
{
    Fixture x;
    QLineEdit *title = x.page()->titleEdit();
    title->setFocus();
    title->selectAll();
    QTest::keyClick(title, Qt::Key_Delete);
    QTest::keyClick(title, Qt::Key_Return);

    CHECK(x.node()->title == QStringLiteral("Fewer cold homes"));
    CHECK(title->text() == QStringLiteral("Fewer cold homes"));
    CHECK(x.f->document()->undoStack()->count() == 0);
}

TEST_CASE("A long project title is shown from its first word, and stays put while it is edited")
{
    test::ModelBuilder b(QStringLiteral("Housing and Health"));
    b.node(NodeKind::Activity, QStringLiteral("Insulate homes"));
    auto project = b.project();
    ProjectMeta meta = project->meta();
    meta.title = QStringLiteral("Luton Health Equity Town: logic models for the 2026 to 2030 "
                                "strategy, with the partners' plans");
    project->setMeta(meta);
    test::WindowFixture f(std::move(project));
    auto *title = f.window()->properties()->findChild<QLineEdit *>(QStringLiteral("ProjectTitle"));
    REQUIRE(title);
    CHECK(title->text() == meta.title);
    CHECK(title->cursorPosition() == 0);

    // Someone types in the middle; the place changes elsewhere; their cursor does not jump.
    title->setCursorPosition(10);
    ProjectMeta place = f.document()->project()->meta();
    place.place = QStringLiteral("Luton");
    f.document()->project()->setMeta(place);
    CHECK(title->cursorPosition() == 10);
}

TEST_CASE("A card's indicators show their values with the month, as the report does")
{
    const test::DefaultLocale british(QLocale(QLocale::English, QLocale::UnitedKingdom));
    test::ModelBuilder b(QStringLiteral("Housing and Health"));
    const NodeId outcome
        = b.node(NodeKind::OutcomeMedium, QStringLiteral("Fewer households in fuel poverty"), {4});
    Indicator kpi;
    kpi.id = IndicatorId::create();
    kpi.title = QStringLiteral("Households in fuel poverty (%)");
    kpi.baseline = {14.2, QDate(2021, 12, 31)};
    kpi.target = {11.0, QDate(2028, 12, 31)};
    b.last().indicators << kpi;
    test::WindowFixture f(b.project());
    f.window()->canvas()->selectNodes({outcome}, false);

    auto *table
        = f.window()->properties()->findChild<QTableWidget *>(QStringLiteral("IndicatorTable"));
    REQUIRE(table);
    REQUIRE(table->rowCount() == 1);
    CHECK(table->item(0, 1)->text() == QStringLiteral("14.2 (Dec 2021)"));
    CHECK(table->item(0, 1)->toolTip() == QStringLiteral("31 December 2021"));
    CHECK(table->item(0, 2)->text() == QStringLiteral("11 (Dec 2028)"));
}

TEST_CASE("Merged arrows picked with one click show as several arrows in the Properties panel and "
          "the status bar")
{
    test::BundleModel m;
    const QList<LinkId> links = m.links;
    test::WindowFixture f(std::move(m.project));
    CanvasView *canvas = f.window()->canvas();
    const QPointF junction = *canvas->modelScene()->linkItem(links.first())->junction();
    canvas->centerOn(junction);
    QTest::mouseClick(canvas->viewport(), Qt::LeftButton, {}, canvas->mapFromScene(junction));
    REQUIRE(canvas->selectedLinks() == links);
    const auto *many = qobject_cast<QLabel *>(f.window()->properties()->currentPage());
    REQUIRE(many);
    CHECK(many->text().startsWith(QStringLiteral("9 arrows selected\n")));
    CHECK(f.window()->statusBar()->currentMessage()
          == QStringLiteral("Selected 9 merged arrows: 3 activities lead to 3 outputs."));
}
