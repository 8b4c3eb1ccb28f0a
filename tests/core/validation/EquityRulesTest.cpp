// Equity: outcomes name whose gap they narrow, and indicators show gradients by deprivation and
// by ethnicity.
#include "ValidationHelpers.h"

#include <catch2/catch.hpp>

using namespace el;
using namespace el::test;

TEST_CASE("An outcome without a population is a warning", "[validation]")
{
    CleanModel m;
    m.b.data().nodes[3].population = QStringLiteral("  ");
    const QList<Diagnostic> found = withCode(check(m.b), "EL401");
    REQUIRE(found.size() == 1);
    CHECK(found[0].severity == Severity::Warning);
    CHECK(found[0].nodes == QList<NodeId>{m.outcome});
    CHECK(withCode(check(CleanModel().b), "EL401").isEmpty());
}

TEST_CASE("Indicators not broken down by deprivation or ethnicity draw a warning each",
          "[validation]")
{
    CleanModel m;
    m.b.data().nodes[3].indicators[0].disaggregation = {QStringLiteral("sex")};
    const QList<Diagnostic> all = check(m.b);
    REQUIRE(withCode(all, "EL402").size() == 1);
    REQUIRE(withCode(all, "EL403").size() == 1);
    CHECK(withCode(all, "EL403")[0].message.contains(QStringLiteral("principle 7")));

    CleanModel imd;
    imd.b.data().nodes[3].indicators[0].disaggregation = {QStringLiteral("IMD decile")};
    const QList<Diagnostic> some = check(imd.b);
    CHECK(withCode(some, "EL402").isEmpty());
    CHECK(withCode(some, "EL403").size() == 1);
}
