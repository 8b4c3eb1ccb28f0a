// An outcome that serves a principle must be measurable, and a measure needs a starting point,
// a goal with a date and a source.
#include "ValidationHelpers.h"

#include <catch2/catch.hpp>

using namespace el;
using namespace el::test;

TEST_CASE("An outcome serving a principle without an indicator is an error", "[validation]")
{
    CleanModel m;
    m.b.data().nodes[3].indicators.clear();
    m.b.data().nodes[3].principles = PrincipleSet::of({3, 6});
    m.b.node(NodeKind::Input, QStringLiteral("Data"));
    m.b.last().indicators << completeIndicator(); // the model has an indicator elsewhere
    const QList<Diagnostic> found = withCode(check(m.b), "EL301");
    REQUIRE(found.size() == 1);
    CHECK(found[0].severity == Severity::Error);
    CHECK(found[0].nodes == QList<NodeId>{m.outcome});
    CHECK(found[0].message.contains(QStringLiteral("principles 3 and 6")));
    CHECK(withCode(check(CleanModel().b), "EL301").isEmpty());
}

TEST_CASE("An indicator without baseline, target, target date or source is a warning",
          "[validation]")
{
    CleanModel m;
    Indicator &i = m.b.data().nodes[3].indicators[0];
    i.baseline = {};
    i.target.date = {};
    i.source.clear();
    const QList<Diagnostic> found = withCode(check(m.b), "EL302");
    REQUIRE(found.size() == 1);
    CHECK(found[0].severity == Severity::Warning);
    CHECK(found[0].indicator == i.id);
    CHECK(found[0].message.contains(QStringLiteral("baseline, target date or data source")));
    CHECK_FALSE(found[0].message.contains(QStringLiteral("target,")));
    CHECK(withCode(check(CleanModel().b), "EL302").isEmpty());
}

TEST_CASE("A model with no indicator at all says so", "[validation]")
{
    CleanModel m;
    m.b.data().nodes[3].indicators.clear();
    CHECK(withCode(check(m.b), "EL303").size() == 1);
    CHECK(withCode(check(CleanModel().b), "EL303").isEmpty());
}
