// The coverage table: for each model and principle, how many chains and indicators serve it, and
// a warning for a principle the whole project leaves out.
#include "ValidationHelpers.h"

#include <catch2/catch.hpp>

using namespace el;
using namespace el::test;

TEST_CASE("The coverage matrix counts chains and indicators per model and principle",
          "[validation]")
{
    // Two inputs, one activity, two outputs: 4 chains reach the outcome serving 3 and 6; one
    // more output leads to an outcome serving 1 only.
    ModelBuilder b(QStringLiteral("Work and health"));
    const NodeId in1 = b.node(NodeKind::Input, QStringLiteral("Advisers"));
    const NodeId in2 = b.node(NodeKind::Input, QStringLiteral("Funding"));
    const NodeId act = b.node(NodeKind::Activity, QStringLiteral("Job clubs"));
    const NodeId o1 = b.node(NodeKind::Output, QStringLiteral("Sessions"));
    const NodeId o2 = b.node(NodeKind::Output, QStringLiteral("Referrals"));
    const NodeId o3 = b.node(NodeKind::Output, QStringLiteral("Parent sessions"));
    const NodeId r1 = b.node(NodeKind::OutcomeShort, QStringLiteral("Into work"), {3, 6});
    b.last().indicators << completeIndicator() << completeIndicator(QStringLiteral("Sickness"));
    const NodeId r2 = b.node(NodeKind::OutcomeShort, QStringLiteral("School ready"), {1});
    for (NodeId i : {in1, in2})
        b.link(i, act);
    for (NodeId o : {o1, o2, o3})
        b.link(act, o);
    b.link(o1, r1);
    b.link(o2, r1);
    b.link(o3, r2);
    auto project = b.project();
    ModelBuilder other(QStringLiteral("Empty"));
    project->insertModel(other.data());

    const ValidationResult result = Validator::validate(*project);
    REQUIRE(result.coverage.models.size() == 2);
    CHECK(result.coverage.models[0] == project->modelAt(0)->id());
    const auto &row = result.coverage.cells[0];
    CHECK(row[0].chains == 2); // principle 1
    CHECK(row[0].indicators == 0);
    CHECK(row[2].chains == 4); // principle 3
    CHECK(row[2].indicators == 2);
    CHECK(row[5].chains == 4);
    CHECK(row[1].chains == 0);
    for (const CoverageCell &cell : result.coverage.cells[1])
        CHECK(cell.chains == 0);

    // Principles 2, 4, 5, 7 and 8 are served by no chain: one project-wide warning each.
    const QList<Diagnostic> uncovered = withCode(result.diagnostics, "EL601");
    REQUIRE(uncovered.size() == 5);
    QList<int> principles;
    for (const Diagnostic &d : uncovered) {
        principles << d.principle;
        CHECK(d.model.isNull());
        CHECK(d.severity == Severity::Warning);
    }
    CHECK(principles == QList<int>{2, 4, 5, 7, 8});
    CHECK(result.diagnostics.last().code == QStringLiteral("EL601"));
}

TEST_CASE("A project where no chain serves any principle gets one warning that says so",
          "[validation]")
{
    ModelBuilder b;
    const NodeId act = b.node(NodeKind::Activity, QStringLiteral("Act"));
    const NodeId res = b.node(NodeKind::OutcomeShort, QStringLiteral("Result"));
    b.link(act, res);
    const ValidationResult result = Validator::validate(*b.project());
    CHECK(withCode(result.diagnostics, "EL602").size() == 1);
    CHECK(withCode(result.diagnostics, "EL601").isEmpty());
}
