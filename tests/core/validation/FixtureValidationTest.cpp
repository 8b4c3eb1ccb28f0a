// The two published models in the shared fixtures carry no principles and no indicators: the
// validator says exactly that, and finds their structure sound.
#include "ValidationHelpers.h"
#include "interchange/JsonInterchange.h"

#include <catch2/catch.hpp>

#include <QFile>

using namespace el;
using namespace el::test;

namespace {
std::unique_ptr<Project> fixture(const char *name)
{
    QFile file(QStringLiteral(EL_FIXTURES_DIR "/") + QLatin1String(name));
    REQUIRE(file.open(QIODevice::ReadOnly));
    auto project = JsonInterchange::importProject(file.readAll());
    REQUIRE(project);
    return std::move(*project);
}
} // namespace

TEST_CASE("Published models without principles or indicators are told so", "[validation]")
{
    for (const char *name : {"nsw-healthier-food-outlets.json", "cafe-momentum.json"}) {
        INFO(name);
        auto project = fixture(name);
        const ValidationResult result = Validator::validate(*project);
        CHECK_FALSE(result.passes());
        CHECK(withCode(result.diagnostics, "EL303").size() == 1);
        CHECK(withCode(result.diagnostics, "EL602").size() == 1);
        CHECK_FALSE(withCode(result.diagnostics, "EL201").isEmpty());
        CHECK_FALSE(withCode(result.diagnostics, "EL202").isEmpty());
        // Their structure holds: no backward links, loops or unsupported outcomes.
        CHECK(withCode(result.diagnostics, "EL101").isEmpty());
        CHECK(withCode(result.diagnostics, "EL104").isEmpty());
        CHECK(withCode(result.diagnostics, "EL107").isEmpty());
        for (const auto &cells : result.coverage.cells) {
            for (const CoverageCell &cell : cells)
                CHECK(cell.chains == 0);
        }
    }
}

TEST_CASE("Chains in the Café Momentum model are counted, with a real example", "[validation]")
{
    auto project = fixture("cafe-momentum.json");
    const LogicModel &model = *project->modelAt(0);
    const QList<Diagnostic> unserved = withCode(Validator::validate(*project).diagnostics, "EL202");
    REQUIRE_FALSE(unserved.isEmpty());
    for (const Diagnostic &d : unserved) {
        CHECK(d.chainCount > 0);
        REQUIRE(d.chain.size() >= 2);
        CHECK(model.node(d.chain.first())->kind == NodeKind::Input);
        CHECK(isOutcomeOrImpact(model.node(d.chain.last())->kind));
        for (qsizetype i = 0; i + 1 < d.chain.size(); ++i)
            CHECK(model.hasLink(d.chain[i], d.chain[i + 1]));
    }
}
