// What `equitylogic validate` prints: one line per finding grouped by model, a summary, and a
// JSON object with every field a script needs.
#include "validation/ValidationOutput.h"
#include "ValidationHelpers.h"
#include "validation/Waivers.h"

#include <catch2/catch.hpp>

#include <QJsonArray>
#include <algorithm>

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

TEST_CASE("Text output says which findings the team accepted, and why", "[validation]")
{
    auto project = projectWithFindings();
    const Diagnostic error = withCode(Validator::validate(*project).diagnostics, "EL101")[0];
    project->setWaivers({Waivers::waiverFor(error, QStringLiteral("Feedback loop, on purpose"))});
    const ValidationResult result = Validator::validate(*project);
    CHECK(ValidationOutput::text(*project, result)
              .contains(QStringLiteral("EL101: %1 [accepted: Feedback loop, on purpose]\n")
                            .arg(withCode(result.diagnostics, "EL101")[0].message)));
    CHECK(ValidationOutput::summary(result, false)
          == QStringLiteral("0 errors, 8 warnings, 0 notes (and 1 accepted): validation passed."));
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

TEST_CASE("A stale acceptance is listed as a note, and JSON names the acceptance to remove",
          "[validation]")
{
    auto project = projectWithFindings();
    const Waiver old{project->modelAt(0)->id(), QStringLiteral("EL105"),
                     QStringLiteral("EL105|n:") + NodeId::create().toString(),
                     QStringLiteral("Kept for later")};
    project->setWaivers({old});
    const ValidationResult result = Validator::validate(*project);

    const QStringList lines
        = ValidationOutput::text(*project, result).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    const auto line = std::find_if(lines.begin(), lines.end(), [](const QString &l) {
        return l.contains(QStringLiteral("EL701"));
    });
    REQUIRE(line != lines.end());
    CHECK(line->startsWith(
        QStringLiteral("Employment: info EL701: The accepted finding EL105 about a card since "
                       "deleted no longer matches any finding in this model")));
    CHECK(ValidationOutput::summary(result, false)
          == QStringLiteral("1 error, 8 warnings, 1 note: validation failed."));

    const QJsonObject json = ValidationOutput::json(*project, result, false);
    CHECK(json[QStringLiteral("summary")][QStringLiteral("info")].toInt() == 1);
    QJsonObject stale;
    for (const QJsonValue &d : json[QStringLiteral("diagnostics")].toArray()) {
        if (d[QStringLiteral("code")].toString() == QStringLiteral("EL701"))
            stale = d.toObject();
    }
    REQUIRE_FALSE(stale.isEmpty());
    CHECK(stale[QStringLiteral("severity")].toString() == QStringLiteral("info"));
    CHECK(stale[QStringLiteral("model")].toString() == QStringLiteral("Employment"));
    CHECK_FALSE(stale[QStringLiteral("waived")].toBool());
    const QJsonObject waiver = stale[QStringLiteral("stale_waiver")].toObject();
    CHECK(waiver[QStringLiteral("model_id")].toString() == old.model.toString());
    CHECK(waiver[QStringLiteral("code")].toString() == old.code);
    CHECK(waiver[QStringLiteral("subject")].toString() == old.subject);
    CHECK(waiver[QStringLiteral("justification")].toString() == old.justification);
    CHECK(stale[QStringLiteral("key")].toString().endsWith(QStringLiteral("|w:") + old.subject));
}
