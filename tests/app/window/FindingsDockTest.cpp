// The findings panel lists what the validator found; clicking one shows its cards.
#include "panels/FindingsDock.h"
#include "ModelBuilder.h"
#include "WindowFixture.h"
#include "canvas/CanvasView.h"
#include "commands/RemoveNodesCommand.h"
#include "commands/SetWaiversCommand.h"
#include "document/Document.h"
#include "validation/Waivers.h"

#include <QLabel>
#include <QPushButton>
#include <QSet>
#include <QTest>
#include <QTreeWidget>
#include <catch2/catch.hpp>

using namespace el;

namespace {
// A chain whose outcome serves no principle and has no indicator: the validator has
// something to say about it.
std::unique_ptr<Project> projectWithGaps()
{
    test::ModelBuilder b(QStringLiteral("Employment, Skills and Work"));
    const NodeId input = b.node(NodeKind::Input, QStringLiteral("Careers advisers"));
    const NodeId activity = b.node(NodeKind::Activity, QStringLiteral("Job fairs"), {3});
    const NodeId outcome = b.node(NodeKind::OutcomeMedium, QStringLiteral("More people in work"));
    b.link(input, activity);
    b.link(activity, outcome);
    b.node(NodeKind::Output, QStringLiteral("A leaflet nobody links to"));
    return b.project();
}

int firstRowWithCards(FindingsDock *dock)
{
    for (int row = 0; row < dock->tree()->topLevelItemCount(); ++row) {
        if (const Diagnostic *d = dock->findingAt(row); d && !d->nodes.isEmpty())
            return row;
    }
    return -1;
}

int rowWithCode(FindingsDock *dock, const QString &code)
{
    for (int row = 0; row < dock->tree()->topLevelItemCount(); ++row) {
        if (dock->tree()->topLevelItem(row)->text(2) == code)
            return row;
    }
    return -1;
}

void letValidationRun()
{
    QTest::qWait(0); // validation runs on the next turn of the event loop
    QCoreApplication::processEvents();
}

QSet<NodeId> asSet(const QList<NodeId> &ids)
{
    return QSet<NodeId>(ids.cbegin(), ids.cend());
}
} // namespace

TEST_CASE("Clicking a finding selects its cards on the canvas")
{
    test::WindowFixture f(projectWithGaps());
    FindingsDock *dock = f.window()->findings();
    dock->show();
    dock->raise();
    const int row = firstRowWithCards(dock);
    REQUIRE(row >= 0);
    const Diagnostic finding = *dock->findingAt(row);
    REQUIRE(f.window()->canvas()->selectedNodes().isEmpty());

    QTreeWidget *tree = dock->tree();
    const QRect rect = tree->visualItemRect(tree->topLevelItem(row));
    QTest::mouseClick(tree->viewport(), Qt::LeftButton, {}, rect.center());

    CHECK(asSet(f.window()->canvas()->selectedNodes()) == asSet(finding.nodes));
}

TEST_CASE("Accepting a finding keeps it listed as accepted, with the reason, as one undo step")
{
    test::WindowFixture f(projectWithGaps());
    FindingsDock *dock = f.window()->findings();
    const int row = firstRowWithCards(dock);
    REQUIRE(row >= 0);
    const QString key = dock->findingAt(row)->key();
    dock->tree()->setCurrentItem(dock->tree()->topLevelItem(row));
    f.prompts()->justification = QStringLiteral("Covered by the county's own programme");

    dock->waiveCurrent();
    QTest::qWait(0); // validation runs on the next turn of the event loop
    QCoreApplication::processEvents();

    REQUIRE(f.document()->project()->waivers().size() == 1);
    CHECK(f.document()->undoStack()->count() == 1);
    CHECK(f.document()->undoStack()->text(0).startsWith(QStringLiteral("Accept EL")));
    bool found = false;
    for (int r = 0; r < dock->tree()->topLevelItemCount(); ++r) {
        const Diagnostic *d = dock->findingAt(r);
        if (d->key() == key) {
            found = true;
            CHECK(d->waived);
            CHECK(dock->tree()->topLevelItem(r)->text(0).contains(
                QStringLiteral("(accepted: Covered by the county's own programme)")));
        }
    }
    CHECK(found);
}

TEST_CASE("An acceptance that no longer applies is shown and removed with one click, as one "
          "undo step")
{
    test::WindowFixture f(projectWithGaps());
    Document *doc = f.document();
    Project *project = doc->project();
    FindingsDock *dock = f.window()->findings();
    dock->show();
    dock->raise();
    // The team accepted the leaflet nobody links to; then the leaflet was deleted.
    const int looseRow = rowWithCode(dock, QStringLiteral("EL105"));
    REQUIRE(looseRow >= 0);
    const Diagnostic loose = *dock->findingAt(looseRow);
    doc->push(new SetWaiversCommand(project,
                                    Waivers::withWaiver({}, loose, QStringLiteral("For later")),
                                    QStringLiteral("Waive")));
    doc->push(new RemoveNodesCommand(project, loose.model, loose.nodes));
    letValidationRun();
    const QList<Waiver> accepted = project->waivers();
    REQUIRE(accepted.size() == 1);
    const int undoSteps = doc->undoStack()->count();

    // The list says which acceptance is out of date, and offers to remove it instead of waiving.
    const int row = rowWithCode(dock, QStringLiteral("EL701"));
    REQUIRE(row >= 0);
    CHECK(dock->tree()->topLevelItem(row)->text(0).startsWith(
        QStringLiteral("The accepted finding EL105 about a card since deleted no longer matches")));
    CHECK(dock->findChild<QLabel *>(QStringLiteral("FindingsSummary"))
              ->text()
              .contains(QStringLiteral("1 acceptance out of date")));
    auto *remove = dock->findChild<QPushButton *>(QStringLiteral("RemoveStaleAcceptance"));
    REQUIRE(remove);
    CHECK_FALSE(remove->isVisible());
    dock->tree()->setCurrentItem(dock->tree()->topLevelItem(row));
    CHECK(remove->isVisible());
    CHECK(remove->isEnabled());
    for (QPushButton *b : dock->findChildren<QPushButton *>()) {
        if (b->text().startsWith(QStringLiteral("Accept")))
            CHECK_FALSE(b->isVisible()); // it cannot be accepted in turn
    }

    QTest::mouseClick(remove, Qt::LeftButton);
    letValidationRun();
    CHECK(project->waivers().isEmpty());
    CHECK(doc->undoStack()->count() == undoSteps + 1);
    CHECK(rowWithCode(dock, QStringLiteral("EL701")) < 0);
    CHECK_FALSE(dock->findChild<QLabel *>(QStringLiteral("FindingsSummary"))
                    ->text()
                    .contains(QStringLiteral("out of date")));

    doc->undoStack()->undo();
    letValidationRun();
    CHECK(project->waivers() == accepted);
    CHECK(rowWithCode(dock, QStringLiteral("EL701")) >= 0);
}
