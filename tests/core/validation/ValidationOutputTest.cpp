// What `equitylogic validate` prints: one line per finding grouped by model, a summary, and a
// JSON object with every field a script needs.
#include "validation/ValidationOutput.h"
#include "ValidationHelpers.h"
#include "validation/Waivers.h"

#include <catch2/catch.hpp>

#include <QJsonArray>

using namespace el;
using namespace el::test;

namespace {
std::unique_ptr<Project> projectWithFindings()
{
    CleanModel m;
    m.b.data().name = QStringLiteral("Employment");
    const NodeId review = m.b.node(NodeKind::Activity, QStringLiteral("Review the clubs"));
    m.b.link(m.outcome, review);
    return m.b.project();
}
} // namespace

TEST_CASE("Text output has one line per finding and a summary", "[validation]")
{
    auto project = projectWithFindings();
    const ValidationResult result = Validator::validate(*project);
    const QStringList lines
        = ValidationOutput::text(*project, result).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    REQUIRE(lines.size() == result.diagnostics.size());
    CHECK(lines.first().startsWith(QStringLiteral("Employment: error EL101: The link from")));
    CHECK(lines.last().startsWith(QStringLiteral("Project: warning EL601: ")));
    CHECK(ValidationOutput::summary(result, false)
          == QStringLiteral("1 error, 8 warnings, 0 notes: validation failed."));
}

TEST_CASE("JSON output carries each finding's fields and the coverage matrix", "[validation]")
{
    auto project = projectWithFindings();
    const Diagnostic error = withCode(Validator::validate(*project).diagnostics, "EL101")[0];
    project->setWaivers({Waivers::waiverFor(error, QStringLiteral("Feedback loop, on purpose"))});
    const ValidationResult result = Validator::validate(*project);
    const QJsonObject json = ValidationOutput::json(*project, result, false);
    CHECK(json[QStringLiteral("summary")][QStringLiteral("passes")].toBool());
    CHECK(json[QStringLiteral("summary")][QStringLiteral("waived")].toInt() == 1);
    const QJsonObject first = json[QStringLiteral("diagnostics")].toArray()[0].toObject();
    CHECK(first[QStringLiteral("code")].toString() == QStringLiteral("EL101"));
    CHECK(first[QStringLiteral("severity")].toString() == QStringLiteral("error"));
    CHECK(first[QStringLiteral("model")].toString() == QStringLiteral("Employment"));
    CHECK(first[QStringLiteral("waived")].toBool());
    CHECK(first[QStringLiteral("justification")].toString()
          == QStringLiteral("Feedback loop, on purpose"));
    CHECK(first[QStringLiteral("nodes")].toArray().size() == 2);
    CHECK(first[QStringLiteral("nodes")].toArray()[0][QStringLiteral("title")].toString()
          == QStringLiteral("More patients in good work"));
    CHECK(first[QStringLiteral("links")].toArray().size() == 1);
    CHECK(first.contains(QStringLiteral("chain")));
    CHECK(first.contains(QStringLiteral("chain_count")));

    const QJsonArray rows = json[QStringLiteral("coverage")][QStringLiteral("models")].toArray();
    REQUIRE(rows.size() == 1);
    const QJsonArray cells = rows[0][QStringLiteral("cells")].toArray();
    REQUIRE(cells.size() == 8);
    CHECK(cells[2][QStringLiteral("chains")].toDouble() == 1);
    CHECK(cells[2][QStringLiteral("indicators")].toInt() == 1);
}
