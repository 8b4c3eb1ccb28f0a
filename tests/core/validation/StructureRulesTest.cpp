// The structure rules catch what makes a logic model unreadable: arrows that run backwards, loops,
// loose cards, activities that lead nowhere and outcomes nothing brings about.
#include "ValidationHelpers.h"

#include <catch2/catch.hpp>

using namespace el;
using namespace el::test;

TEST_CASE("A clean chain draws no findings at all", "[validation]")
{
    CleanModel m;
    const QList<Diagnostic> all = check(m.b);
    INFO(codes(all).join(QStringLiteral(", ")).toStdString());
    CHECK(all.isEmpty());
}

TEST_CASE("A backward link is an error naming both cards", "[validation]")
{
    CleanModel m;
    const LinkId back = m.b.link(m.outcome, m.activity);
    const QList<Diagnostic> found = withCode(check(m.b), "EL101");
    REQUIRE(found.size() == 1);
    CHECK(found[0].severity == Severity::Error);
    CHECK(found[0].links == QList<LinkId>{back});
    CHECK(found[0].message.contains(QStringLiteral("More patients in good work")));
    CHECK(found[0].message.contains(QStringLiteral("Run job clubs in GP surgeries")));
    CHECK_FALSE(found[0].hint.isEmpty());
}

TEST_CASE("A link within one column is a warning; skipping outputs is a note", "[validation]")
{
    CleanModel m;
    const NodeId second = m.b.node(NodeKind::Output, QStringLiteral("Advisers trained"));
    m.b.link(m.output, second);
    m.b.link(second, m.outcome);
    const LinkId skip = m.b.link(m.activity, m.impact);
    const QList<Diagnostic> all = check(m.b);
    REQUIRE(withCode(all, "EL102").size() == 1);
    CHECK(withCode(all, "EL102")[0].severity == Severity::Warning);
    REQUIRE(withCode(all, "EL103").size() == 1);
    CHECK(withCode(all, "EL103")[0].severity == Severity::Info);
    CHECK(withCode(all, "EL103")[0].links == QList<LinkId>{skip});
    CHECK(withCode(all, "EL103")[0].message.contains(QStringLiteral("Outputs")));
    CHECK(withCode(check(CleanModel().b), "EL103").isEmpty());
}

TEST_CASE("A loop is an error that names the cards of the loop, and validation still ends",
          "[validation]")
{
    CleanModel m;
    const NodeId a = m.b.node(NodeKind::OutcomeMedium, QStringLiteral("Confidence"), {3});
    const NodeId c = m.b.node(NodeKind::OutcomeMedium, QStringLiteral("Applications"), {3});
    m.b.link(m.outcome, a);
    m.b.link(a, c);
    m.b.link(c, a);
    const QList<Diagnostic> all = check(m.b);
    const QList<Diagnostic> loops = withCode(all, "EL104");
    REQUIRE(loops.size() == 1);
    CHECK(loops[0].severity == Severity::Error);
    CHECK(loops[0].nodes.size() == 2);
    CHECK(loops[0].nodes.contains(a));
    CHECK(loops[0].nodes.contains(c));
    CHECK(loops[0].links.size() == 2);
    CHECK(loops[0].message.contains(QStringLiteral("“Confidence”")));
    CHECK(loops[0].message.contains(QStringLiteral("“Applications”")));
    // The rest of the model is still checked: the outcome after the loop is supported.
    CHECK(withCode(all, "EL107").isEmpty());
    CHECK(withCode(check(CleanModel().b), "EL104").isEmpty());
}

TEST_CASE("A loop through a backward link is reported as a loop and a backward link",
          "[validation]")
{
    CleanModel m;
    m.b.link(m.impact, m.input);
    const QList<Diagnostic> all = check(m.b);
    CHECK(withCode(all, "EL101").size() == 1);
    REQUIRE(withCode(all, "EL104").size() == 1);
    CHECK(withCode(all, "EL104")[0].nodes.size() == 5);
    CHECK(withCode(all, "EL104")[0].chain.first() == m.input);
}

TEST_CASE("A card with no links is a warning, except assumptions and external factors",
          "[validation]")
{
    CleanModel m;
    const NodeId loose = m.b.node(NodeKind::Output, QStringLiteral("Leaflets printed"));
    m.b.node(NodeKind::Assumption, QStringLiteral("GPs will host the clubs"));
    m.b.node(NodeKind::ExternalFactor, QStringLiteral("Local labour market"));
    const QList<Diagnostic> found = withCode(check(m.b), "EL105");
    REQUIRE(found.size() == 1);
    CHECK(found[0].nodes == QList<NodeId>{loose});
    CHECK(found[0].severity == Severity::Warning);
}

TEST_CASE("An activity that reaches no outcome is a dead end", "[validation]")
{
    CleanModel m;
    const NodeId act = m.b.node(NodeKind::Activity, QStringLiteral("Print leaflets"));
    const NodeId out = m.b.node(NodeKind::Output, QStringLiteral("Leaflets"));
    m.b.link(m.input, act);
    m.b.link(act, out);
    const QList<Diagnostic> found = withCode(check(m.b), "EL106");
    REQUIRE(found.size() == 1);
    CHECK(found[0].nodes == QList<NodeId>{act});
    CHECK(found[0].severity == Severity::Warning);
    CHECK(found[0].message.contains(QStringLiteral("Print leaflets")));
}

TEST_CASE("An outcome or output with no activity upstream is an error", "[validation]")
{
    CleanModel m;
    const NodeId out = m.b.node(NodeKind::Output, QStringLiteral("Orphan output"));
    const NodeId res = m.b.node(NodeKind::OutcomeMedium, QStringLiteral("Orphan outcome"), {3});
    m.b.link(out, res);
    const QList<Diagnostic> all = check(m.b);
    REQUIRE(withCode(all, "EL107").size() == 1);
    CHECK(withCode(all, "EL107")[0].nodes == QList<NodeId>{res});
    CHECK(withCode(all, "EL107")[0].severity == Severity::Error);
    REQUIRE(withCode(all, "EL108").size() == 1);
    CHECK(withCode(all, "EL108")[0].nodes == QList<NodeId>{out});
}

TEST_CASE("An empty title is an error; the same title twice in a column a warning", "[validation]")
{
    CleanModel m;
    const NodeId blank = m.b.node(NodeKind::Output, QStringLiteral("   "));
    const NodeId twin = m.b.node(NodeKind::Output, QStringLiteral("job club SESSIONS held "));
    m.b.node(NodeKind::OutcomeShort, QStringLiteral("Job club sessions held"), {3});
    m.b.link(m.activity, blank);
    m.b.link(m.activity, twin);
    m.b.link(blank, m.outcome);
    m.b.link(twin, m.outcome);
    const QList<Diagnostic> all = check(m.b);
    REQUIRE(withCode(all, "EL109").size() == 1);
    CHECK(withCode(all, "EL109")[0].nodes == QList<NodeId>{blank});
    CHECK(withCode(all, "EL109")[0].severity == Severity::Error);
    const QList<Diagnostic> twins = withCode(all, "EL110");
    REQUIRE(twins.size() == 1); // the outcome with that title is in another column
    CHECK(twins[0].nodes.size() == 2);
    CHECK(twins[0].nodes.contains(m.output));
    CHECK(twins[0].nodes.contains(twin));
}
