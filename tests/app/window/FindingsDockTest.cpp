// The findings panel lists what the validator found; clicking one shows its cards.
#include "panels/FindingsDock.h"
#include "ModelBuilder.h"
#include "WindowFixture.h"
#include "canvas/CanvasView.h"
#include "document/Document.h"

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

TEST_CASE("Waiving a finding keeps it listed as waived, with the reason, as one undo step")
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
    bool found = false;
    for (int r = 0; r < dock->tree()->topLevelItemCount(); ++r) {
        const Diagnostic *d = dock->findingAt(r);
        if (d->key() == key) {
            found = true;
            CHECK(d->waived);
            CHECK(dock->tree()->topLevelItem(r)->text(0).contains(
                QStringLiteral("Covered by the county's own programme")));
        }
    }
    CHECK(found);
}
