// A finding the team accepts can be waived with a reason; a waived error no longer fails
// validation, and withdrawing the waiver brings the error back.
#include "ValidationHelpers.h"
#include "commands/SetWaiversCommand.h"
#include "validation/Waivers.h"

#include <catch2/catch.hpp>

#include <algorithm>

using namespace el;
using namespace el::test;

TEST_CASE("A waived error is marked, keeps its reason and no longer fails validation",
          "[validation]")
{
    CleanModel m;
    const NodeId review = m.b.node(NodeKind::Activity, QStringLiteral("Review the clubs"));
    m.b.link(m.outcome, review); // backward link: an error (and the activity leads nowhere)
    auto project = m.b.project();
    ValidationResult before = Validator::validate(*project);
    const QList<Diagnostic> errors = withCode(before.diagnostics, "EL101");
    REQUIRE(errors.size() == 1);
    CHECK_FALSE(before.passes());

    const QString why = QStringLiteral("Job outcomes feed back into how the clubs are run.");
    SetWaiversCommand waive(project.get(), Waivers::withWaiver(project->waivers(), errors[0], why),
                            QStringLiteral("Waive"));
    waive.redo();
    const ValidationResult after = Validator::validate(*project);
    const QList<Diagnostic> waived = withCode(after.diagnostics, "EL101");
    REQUIRE(waived.size() == 1);
    CHECK(waived[0].waived);
    CHECK(waived[0].justification == why);
    CHECK(after.passes());
    CHECK(after.count(Severity::Error) == 0);
    CHECK(after.count(Severity::Error, true) == 1);
    // The per-model check the editor runs after each edit applies waivers too.
    CHECK(withCode(Validator::validateModel(*project, *project->modelAt(0)), "EL101")[0].waived);

    waive.undo();
    CHECK_FALSE(Validator::validate(*project).passes());
    project->setWaivers(
        Waivers::withoutWaiver(Waivers::withWaiver(project->waivers(), errors[0], why), errors[0]));
    CHECK(project->waivers().isEmpty());
}

TEST_CASE("A waiver follows its finding when cards are renamed and reordered", "[validation]")
{
    CleanModel m;
    m.b.link(m.outcome, m.activity);
    auto project = m.b.project();
    const Diagnostic error = withCode(Validator::validate(*project).diagnostics, "EL101")[0];
    project->setWaivers({Waivers::waiverFor(error, QStringLiteral("Accepted"))});

    ModelData changed = project->modelAt(0)->data();
    changed.nodes[1].title = QStringLiteral("Run job clubs in libraries");
    std::reverse(changed.nodes.begin(), changed.nodes.end());
    project->removeModel(changed.id);
    project->insertModel(changed);
    const QList<Diagnostic> again = withCode(Validator::validate(*project).diagnostics, "EL101");
    REQUIRE(again.size() == 1);
    CHECK(again[0].waived);
    CHECK(again[0].key() == error.key());
}

TEST_CASE("A waiver for a warning does not waive a different finding of the same rule",
          "[validation]")
{
    CleanModel m;
    const NodeId a = m.b.node(NodeKind::Output, QStringLiteral("Loose one"));
    const NodeId c = m.b.node(NodeKind::Output, QStringLiteral("Loose two"));
    auto project = m.b.project();
    const QList<Diagnostic> loose = withCode(Validator::validate(*project).diagnostics, "EL105");
    REQUIRE(loose.size() == 2);
    project->setWaivers({Waivers::waiverFor(loose[0], QStringLiteral("Kept for later"))});
    const QList<Diagnostic> again = withCode(Validator::validate(*project).diagnostics, "EL105");
    REQUIRE(again.size() == 2);
    CHECK(again[0].waived != again[1].waived);
    CHECK((again[0].nodes[0] == a || again[0].nodes[0] == c));
}
