// An outcome worded as an activity gets a gentle note.
#include "validation/WordingRules.h"
#include "ValidationHelpers.h"

#include <catch2/catch.hpp>

using namespace el;
using namespace el::test;

TEST_CASE("An outcome worded as an activity draws a note", "[validation]")
{
    CleanModel m;
    m.b.data().nodes[3].title = QStringLiteral("Increasing uptake of health checks");
    const QList<Diagnostic> found = withCode(check(m.b), "EL501");
    REQUIRE(found.size() == 1);
    CHECK(found[0].severity == Severity::Info);
    CHECK(found[0].message.contains(QStringLiteral("Increasing")));
    CHECK(withCode(check(CleanModel().b), "EL501").isEmpty());
}

TEST_CASE("Activity wording is told apart from outcome wording", "[validation]")
{
    CHECK(WordingRules::activityWord(QStringLiteral("Deliver cooking classes"))
          == QStringLiteral("Deliver"));
    CHECK(WordingRules::activityWord(QStringLiteral("provide advice"))
          == QStringLiteral("provide"));
    CHECK(WordingRules::activityWord(QStringLiteral("Run clinics")) == QStringLiteral("Run"));
    CHECK(WordingRules::activityWord(QStringLiteral("Improving air quality"))
          == QStringLiteral("Improving"));
    CHECK(WordingRules::activityWord(QStringLiteral("Increased uptake")).isEmpty());
    CHECK(WordingRules::activityWord(QStringLiteral("Housing quality improved")).isEmpty());
    CHECK(WordingRules::activityWord(QStringLiteral("Wellbeing rises")).isEmpty());
}
