// A blind or low-vision registrar hears the model: a screen reader finds the cards on the canvas
// in reading order, each named by its title and described by its kind, principles, KPIs, findings
// and arrows, and hears the card that Tab, a click or Find selects.
#include "AccessibilityRecorder.h"
#include "ModelBuilder.h"
#include "canvas/CanvasAccessible.h"
#include "canvas/CanvasView.h"
#include "canvas/ModelScene.h"
#include "canvas/NodeItem.h"
#include "document/Document.h"
#include "model/LogicModel.h"

#include <QAccessible>
#include <QApplication>
#include <QMouseEvent>
#include <QTest>
#include <catch2/catch.hpp>
#include <memory>

using namespace el;

namespace {

// Five cards given out of reading order on purpose: the order comes from columns and heights.
struct Canvas
{
    NodeId advisers, clinics, fairs, referred, work;
    LinkId advisersToClinics;
    std::unique_ptr<Document> doc;
    std::unique_ptr<CanvasView> view;

    Canvas()
    {
        test::ModelBuilder b(QStringLiteral("Employment"));
        work = b.node(NodeKind::OutcomeShort, QStringLiteral("More people in good work"), {3});
        fairs = b.node(NodeKind::Activity, QStringLiteral("Job fairs"));
        b.last().pos = QPointF(0, 300);
        clinics = b.node(NodeKind::Activity, QStringLiteral("Advice clinics in surgeries"), {3, 4});
        b.last().pos = QPointF(0, 100);
        for (const char *kpi : {"Clinics held", "People advised"}) {
            Indicator i;
            i.id = IndicatorId::create();
            i.title = QString::fromLatin1(kpi);
            b.last().indicators << i;
        }
        advisers = b.node(NodeKind::Input, QStringLiteral("Advisers"));
        referred = b.node(NodeKind::Output, QStringLiteral("Patients referred"));
        advisersToClinics = b.link(advisers, clinics);
        b.link(clinics, referred);
        b.link(clinics, work);
        const ModelId id = b.data().id;
        doc = std::make_unique<Document>(b.project());
        view = std::make_unique<CanvasView>(doc.get());
        view->resize(1400, 900);
        view->setModel(id);
        Diagnostic finding;
        finding.code = QStringLiteral("EL301");
        finding.message = QStringLiteral("Advice clinics in surgeries has no population.");
        finding.model = id;
        finding.nodes = {clinics};
        view->setDiagnostics({finding});
    }

    LogicModel *model() const { return doc->project()->model(view->model()); }
    QAccessibleInterface *accessible() const
    {
        return QAccessible::queryAccessibleInterface(view.get());
    }
    QAccessibleInterface *card(NodeId id) const
    {
        QAccessibleInterface *canvas = accessible();
        for (int i = 0; i < canvas->childCount(); ++i) {
            if (canvas->child(i)->text(QAccessible::Name) == model()->node(id)->title)
                return canvas->child(i);
        }
        return nullptr;
    }

    void show()
    {
        view->show();
        view->activateWindow();
        view->setFocus();
        QApplication::processEvents();
    }

    void click(NodeId id)
    {
        const QPointF at = view->modelScene()->nodeItem(id)->sceneBoundingRect().center();
        QWidget *w = view->viewport();
        const QPointF p = view->mapFromScene(at);
        for (QEvent::Type type : {QEvent::MouseButtonPress, QEvent::MouseButtonRelease}) {
            QMouseEvent e(type, p, w->mapToGlobal(p), Qt::LeftButton,
                          type == QEvent::MouseButtonPress ? Qt::LeftButton : Qt::NoButton, {});
            QApplication::sendEvent(w, &e);
        }
        QApplication::processEvents();
    }
};

// Names joined into one line, which Catch prints when a check fails.
std::string joined(const QStringList &names)
{
    return names.join(QStringLiteral(" | ")).toStdString();
}

QStringList childNames(QAccessibleInterface *iface)
{
    QStringList names;
    for (int i = 0; i < iface->childCount(); ++i)
        names << iface->child(i)->text(QAccessible::Name);
    return names;
}

std::string description(QAccessibleInterface *iface)
{
    return iface->text(QAccessible::Description).toStdString();
}

} // namespace

TEST_CASE("A screen reader finds the cards on the canvas in reading order, by title", "[canvas]")
{
    test::AccessibilityRecorder reader;
    Canvas c;
    QAccessibleInterface *canvas = c.accessible();
    REQUIRE(canvas);
    CHECK(canvas->role() == QAccessible::List);
    CHECK(canvas->text(QAccessible::Name) == QStringLiteral("Logic model canvas"));
    REQUIRE(canvas->childCount() == 5);
    CHECK(joined(childNames(canvas))
          == "Advisers | Advice clinics in surgeries | Job fairs | Patients referred | More people "
             "in good work");
    for (int i = 0; i < canvas->childCount(); ++i) {
        QAccessibleInterface *card = canvas->child(i);
        CHECK(card->role() == QAccessible::ListItem);
        CHECK(card->parent() == canvas);
        CHECK(canvas->indexOfChild(card) == i);
    }
}

TEST_CASE("Each card's description gives its kind, principles, KPIs, findings and arrows",
          "[canvas]")
{
    test::AccessibilityRecorder reader;
    Canvas c;
    CHECK(description(c.card(c.clinics))
          == "Activity. Serves Fair work, Healthy standard of living. 2 KPIs. 1 finding. 1 arrow "
             "in, 2 arrows out.");
    CHECK(description(c.card(c.advisers))
          == "Input. 0 KPIs. 0 findings. 0 arrows in, 1 arrow out.");
    CHECK(description(c.card(c.fairs))
          == "Activity. 0 KPIs. 0 findings. 0 arrows in, 0 arrows out.");

    // The arrows that leave a card are found under it.
    QAccessibleInterface *clinics = c.card(c.clinics);
    REQUIRE(clinics->childCount() == 2);
    QStringList arrows = childNames(clinics);
    arrows.sort();
    CHECK(joined(arrows)
          == "From Advice clinics in surgeries to More people in good work | From Advice clinics "
             "in surgeries to Patients referred");
    CHECK(clinics->child(0)->parent() == clinics);

    // A change in the model is read at once.
    c.model()->removeLink(c.advisersToClinics);
    CHECK(description(c.card(c.clinics))
          == "Activity. Serves Fair work, Healthy standard of living. 2 KPIs. 1 finding. 0 arrows "
             "in, 2 arrows out.");
}

TEST_CASE("A card's place on the screen is where it is drawn", "[canvas]")
{
    test::AccessibilityRecorder reader;
    Canvas c;
    c.show();
    QAccessibleInterface *canvas = c.accessible();
    QAccessibleInterface *clinics = c.card(c.clinics);
    const QRect drawn
        = c.view->mapFromScene(c.view->modelScene()->nodeItem(c.clinics)->sceneBoundingRect())
              .boundingRect()
              .translated(c.view->viewport()->mapToGlobal(QPoint(0, 0)));
    CHECK(clinics->rect() == drawn);
    CHECK(canvas->rect().intersects(clinics->rect()));
    CHECK(canvas->childAt(drawn.center().x(), drawn.center().y()) == clinics);
}

TEST_CASE("The selected card says it is selected; the others do not", "[canvas]")
{
    test::AccessibilityRecorder reader;
    Canvas c;
    c.view->selectNodes({c.fairs}, false);
    QApplication::processEvents();
    QAccessibleInterface *canvas = c.accessible();
    for (int i = 0; i < canvas->childCount(); ++i) {
        QAccessibleInterface *card = canvas->child(i);
        INFO(card->text(QAccessible::Name).toStdString());
        CHECK(card->state().selectable);
        CHECK(card->state().selected == (card == c.card(c.fairs)));
    }
}

TEST_CASE("Tab sends the screen reader a focus event naming the card it moves to", "[canvas]")
{
    test::AccessibilityRecorder reader;
    Canvas c;
    c.show();
    REQUIRE(c.view->hasFocus());
    c.accessible(); // a screen reader has looked at the canvas
    reader.clear();

    QTest::keyClick(c.view.get(), Qt::Key_Tab);
    QApplication::processEvents();
    CHECK(joined(reader.names(QAccessible::Focus)) == "Advisers");
    CHECK(joined(reader.names(QAccessible::Selection)) == "Advisers");
    CHECK(c.card(c.advisers)->state().focused);

    reader.clear();
    QTest::keyClick(c.view.get(), Qt::Key_Tab);
    QApplication::processEvents();
    CHECK(joined(reader.names(QAccessible::Focus)) == "Advice clinics in surgeries");
    CHECK(joined(reader.names(QAccessible::SelectionRemove)) == "Advisers");
    CHECK_FALSE(c.card(c.advisers)->state().focused);
    CHECK(c.card(c.clinics)->state().focused);

    reader.clear();
    QTest::keyClick(c.view.get(), Qt::Key_Backtab, Qt::ShiftModifier);
    QApplication::processEvents();
    CHECK(joined(reader.names(QAccessible::Focus)) == "Advisers");
}

TEST_CASE("A click on a card sends a focus event naming it", "[canvas]")
{
    test::AccessibilityRecorder reader;
    Canvas c;
    c.show();
    c.accessible();
    reader.clear();
    c.click(c.referred);
    CHECK(joined(reader.names(QAccessible::Focus)) == "Patients referred");
}

TEST_CASE("A card found from elsewhere is selected, and named once the canvas has the keyboard",
          "[canvas]")
{
    test::AccessibilityRecorder reader;
    Canvas c;
    c.show();
    c.accessible();
    c.view->clearFocus();
    QApplication::processEvents();
    reader.clear();

    // Find selects the card while the keyboard stays in the find box: the selection changes,
    // the screen reader's focus does not jump away from where the user types.
    c.view->selectNodes({c.work}, true);
    QApplication::processEvents();
    CHECK(joined(reader.names(QAccessible::Selection)) == "More people in good work");
    CHECK(reader.names(QAccessible::Focus).isEmpty());

    // Back on the canvas (Escape in the find box), the card is named after the canvas.
    c.view->setFocus();
    QApplication::processEvents();
    const QStringList focus = reader.names(QAccessible::Focus);
    REQUIRE_FALSE(focus.isEmpty());
    CHECK(focus.last() == QStringLiteral("More people in good work"));
}

TEST_CASE("Selecting many cards at once is one selection event", "[canvas]")
{
    test::AccessibilityRecorder reader;
    ModelData data = test::layeredModel(20, 1);
    auto project = std::make_unique<Project>();
    project->insertModel(data);
    auto doc = std::make_unique<Document>(std::move(project));
    CanvasView view(doc.get());
    view.setModel(data.id);
    QAccessibleInterface *canvas = QAccessible::queryAccessibleInterface(&view);
    REQUIRE(canvas->childCount() == int(data.nodes.size()));
    reader.clear();
    QList<NodeId> all;
    for (const Node &n : data.nodes)
        all << n.id;
    view.selectNodes(all, false);
    QApplication::processEvents();
    CHECK(reader.names(QAccessible::SelectionWithin).size() == 1);
    CHECK(reader.names(QAccessible::SelectionAdd).isEmpty());
}

TEST_CASE("Nothing is built for screen readers while none is listening", "[canvas]")
{
    Canvas c;
    c.show();
    QTest::keyClick(c.view.get(), Qt::Key_Tab);
    c.view->selectNodes({c.work}, true);
    QApplication::processEvents();
    // Qt makes the canvas's interface with the widget; it stays an empty shell, with no cards
    // or arrows and no watch on the model, until a client asks.
    auto *canvas = dynamic_cast<CanvasAccessible *>(c.accessible());
    REQUIRE(canvas);
    CHECK_FALSE(canvas->isFollowing());
    CHECK(canvas->builtChildren() == 0);

    test::AccessibilityRecorder reader;
    CHECK(canvas->childCount() == 5);
    CHECK(canvas->isFollowing());
}
