// Texts with a count read as English: "1 error", "2 errors", never "1 error(s)". The programs and
// this test runner load the English translation that gives each such text its two forms.
#include "ModelBuilder.h"
#include "WindowFixture.h"
#include "commands/ChangeNodesCommand.h"
#include "commands/RemoveNodesCommand.h"
#include "document/Document.h"
#include "panels/FindingsDock.h"

#include <QLabel>
#include <catch2/catch.hpp>

using namespace el;

namespace {
Diagnostic finding(Severity severity, bool waived = false)
{
    Diagnostic d;
    d.code = severity == Severity::Error ? QStringLiteral("EL101") : QStringLiteral("EL201");
    d.severity = severity;
    d.message = QStringLiteral("Something to look at.");
    d.waived = waived;
    if (waived)
        d.justification = QStringLiteral("The team agreed.");
    return d;
}

QString summaryOf(test::WindowFixture &f, const QList<Diagnostic> &findings)
{
    FindingsDock *dock = f.window()->findings();
    ValidationResult result;
    result.diagnostics = findings;
    dock->setResult(result);
    const auto *summary = dock->findChild<QLabel *>(QStringLiteral("FindingsSummary"));
    REQUIRE(summary);
    return summary->text();
}
} // namespace

TEST_CASE("The findings summary counts errors, warnings and notes in words, one or many")
{
    test::ModelBuilder b;
    b.node(NodeKind::Input, QStringLiteral("Advisers"));
    test::WindowFixture f(b.project());

    CHECK(summaryOf(f, {finding(Severity::Error), finding(Severity::Warning),
                        finding(Severity::Warning), finding(Severity::Warning, true)})
          == QStringLiteral("1 error, 2 warnings, 1 accepted"));
    CHECK(summaryOf(
              f, {finding(Severity::Error), finding(Severity::Error), finding(Severity::Warning)})
          == QStringLiteral("2 errors, 1 warning"));
    // Notes are findings too: the list shows them, so the summary counts them.
    CHECK(summaryOf(f, {finding(Severity::Error), finding(Severity::Info)})
          == QStringLiteral("1 error, 0 warnings, 1 note"));
    CHECK(summaryOf(f, {finding(Severity::Info), finding(Severity::Info)})
          == QStringLiteral("0 errors, 0 warnings, 2 notes"));
}

TEST_CASE("Undo names a change to one card or link in the singular, to several in the plural")
{
    test::ModelBuilder b;
    const NodeId input = b.node(NodeKind::Input, QStringLiteral("Advisers"));
    const NodeId activity = b.node(NodeKind::Activity, QStringLiteral("Job fairs"));
    const NodeId outcome = b.node(NodeKind::OutcomeShort, QStringLiteral("More people apply"));
    const LinkId first = b.link(input, activity);
    const LinkId second = b.link(activity, outcome);
    test::WindowFixture f(b.project());
    Project *project = f.document()->project();
    const ModelId model = f.model()->id();

    CHECK(MoveNodesCommand(project, model, {{input, QPointF(0, 40)}}).text()
          == QStringLiteral("Move 1 card"));
    CHECK(MoveNodesCommand(project, model, {{input, QPointF(0, 40)}, {outcome, QPointF(400, 40)}})
              .text()
          == QStringLiteral("Move 2 cards"));
    CHECK(RemoveNodesCommand(project, model, {}, {first}).text()
          == QStringLiteral("Remove 1 link"));
    CHECK(RemoveNodesCommand(project, model, {}, {first, second}).text()
          == QStringLiteral("Remove 2 links"));
}
