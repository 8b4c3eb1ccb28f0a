// The principle rules check what no other tool checks: that every chain an activity starts ends
// in an outcome serving a Marmot principle, and that a principle claimed early is delivered later.
#include "ValidationHelpers.h"

#include <catch2/catch.hpp>

using namespace el;
using namespace el::test;

TEST_CASE("An outcome reached from an activity must say which principle it serves", "[validation]")
{
    CleanModel m;
    const NodeId silent = m.b.node(NodeKind::OutcomeMedium, QStringLiteral("More confidence"));
    m.b.last().population = QStringLiteral("Job seekers");
    m.b.link(m.outcome, silent);
    const QList<Diagnostic> found = withCode(check(m.b), "EL201");
    REQUIRE(found.size() == 1);
    CHECK(found[0].severity == Severity::Error);
    CHECK(found[0].nodes == QList<NodeId>{silent});
    CHECK(found[0].chain == QList<NodeId>{m.input, m.activity, m.output, m.outcome, silent});
    CHECK(found[0].chainCount == 1);
    CHECK(withCode(check(CleanModel().b), "EL201").isEmpty());
}

TEST_CASE("A chain that reaches no principle after its activity is an error with an example",
          "[validation]")
{
    CleanModel m;
    const NodeId act = m.b.node(NodeKind::Activity, QStringLiteral("Cook and eat sessions"));
    const NodeId out1 = m.b.node(NodeKind::Output, QStringLiteral("Sessions held"));
    const NodeId out2 = m.b.node(NodeKind::Output, QStringLiteral("Recipe cards given out"));
    const NodeId res = m.b.node(NodeKind::OutcomeShort, QStringLiteral("Better diets"));
    m.b.link(m.input, act);
    m.b.link(act, out1);
    m.b.link(act, out2);
    m.b.link(out1, res);
    m.b.link(out2, res);
    m.b.link(out2, m.outcome); // this one chain does serve principle 3
    const QList<Diagnostic> found = withCode(check(m.b), "EL202");
    REQUIRE(found.size() == 1);
    CHECK(found[0].severity == Severity::Error);
    CHECK(found[0].nodes == QList<NodeId>{act});
    CHECK(found[0].chainCount == 2);
    REQUIRE(found[0].chain.size() == 4);
    CHECK(found[0].chain.first() == m.input);
    CHECK(found[0].chain.last() == res);
    CHECK(found[0].message.contains(QStringLiteral("2 chains")));
    CHECK(found[0].message.contains(QStringLiteral("Cook and eat sessions")));
    CHECK(withCode(check(CleanModel().b), "EL202").isEmpty());
}

TEST_CASE("A principle claimed upstream but served by no outcome downstream is a warning",
          "[validation]")
{
    CleanModel m;
    m.b.data().nodes[1].principles = PrincipleSet::of({3, 5});
    const QList<Diagnostic> found = withCode(check(m.b), "EL203");
    REQUIRE(found.size() == 1);
    CHECK(found[0].severity == Severity::Warning);
    CHECK(found[0].principle == 5);
    CHECK(found[0].nodes == QList<NodeId>{m.activity});
    CHECK(found[0].message.contains(QStringLiteral(
        "claims principle 5, Create and develop healthy and sustainable places and communities, "
        "but no outcome it leads to serves it")));

    CleanModel fine;
    fine.b.data().nodes[1].principles = PrincipleSet::of({3});
    CHECK(withCode(check(fine.b), "EL203").isEmpty());
}
