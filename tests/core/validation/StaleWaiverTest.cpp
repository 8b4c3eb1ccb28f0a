// An accepted finding (a waiver) that no longer matches any finding is reported as EL701, a note
// that names the finding and says to remove the acceptance; EL701 itself cannot be accepted.
#include "ValidationHelpers.h"
#include "commands/AddLinkCommand.h"
#include "commands/ChangeNodesCommand.h"
#include "commands/RemoveModelCommand.h"
#include "commands/RemoveNodesCommand.h"
#include "commands/SetWaiversCommand.h"
#include "document/Document.h"
#include "storage/ProjectFile.h"
#include "validation/Waivers.h"

#include <catch2/catch.hpp>

using namespace el;
using namespace el::test;

namespace {
// The clean chain, plus an output nobody links to (EL105), accepted by the team.
struct LooseCard
{
    CleanModel m;
    NodeId leaflets;
    std::unique_ptr<Document> doc;
    ModelId model;

    LooseCard()
    {
        m.b.data().name = QStringLiteral("Employment");
        leaflets = m.b.node(NodeKind::Output, QStringLiteral("Leaflets printed"));
        doc = std::make_unique<Document>(m.b.project());
        model = project()->modelAt(0)->id();
        accept("EL105", QStringLiteral("Kept for the autumn campaign"));
    }
    Project *project() const { return doc->project(); }
    ValidationResult validate() const { return Validator::validate(*project()); }
    void accept(const char *code, const QString &why)
    {
        const QList<Diagnostic> found = withCode(validate().diagnostics, code);
        REQUIRE(found.size() == 1);
        doc->push(new SetWaiversCommand(project(),
                                        Waivers::withWaiver(project()->waivers(), found[0], why),
                                        QStringLiteral("Waive")));
    }
    Node node(NodeId id) const { return *project()->modelAt(0)->node(id); }
};

QStringList keys(const QList<Diagnostic> &all)
{
    QStringList out;
    for (const Diagnostic &d : all)
        out << d.key() + QLatin1Char(' ') + d.message;
    return out;
}
} // namespace

TEST_CASE("An accepted finding that still applies is not reported as stale", "[validation]")
{
    LooseCard f;
    const ValidationResult result = f.validate();
    const QList<Diagnostic> loose = withCode(result.diagnostics, "EL105");
    REQUIRE(loose.size() == 1);
    CHECK(loose[0].waived);
    CHECK(withCode(result.diagnostics, "EL701").isEmpty());

    // Renaming the card does not change what the acceptance matches.
    Node renamed = f.node(f.leaflets);
    renamed.title = QStringLiteral("Posters printed");
    f.doc->push(new EditNodeCommand(f.project(), f.model, renamed));
    CHECK(withCode(f.validate().diagnostics, "EL701").isEmpty());
    CHECK(withCode(f.validate().diagnostics, "EL105")[0].waived);
}

TEST_CASE("Deleting the card an accepted finding was about makes the acceptance stale",
          "[validation]")
{
    LooseCard f;
    f.doc->push(new RemoveNodesCommand(f.project(), f.model, {f.leaflets}));
    const ValidationResult result = f.validate();
    const QList<Diagnostic> stale = withCode(result.diagnostics, "EL701");
    REQUIRE(stale.size() == 1);
    const Diagnostic &d = stale[0];
    CHECK(d.severity == Severity::Info);
    CHECK(d.model == f.model);
    CHECK_FALSE(d.waived);
    CHECK(d.nodes.isEmpty());
    CHECK(d.message
          == QStringLiteral("The accepted finding EL105 about a card since deleted no longer "
                            "matches any finding in this model: the problem was fixed, or the "
                            "cards it named were changed or deleted. Remove the acceptance, or, if "
                            "the problem has moved to other cards, accept the finding shown there "
                            "instead."));
    CHECK(d.hint.contains(QStringLiteral("“Kept for the autumn campaign”")));
    REQUIRE(d.staleWaiver);
    CHECK(*d.staleWaiver == f.project()->waivers()[0]);
    // A note: it neither fails validation nor counts as a warning.
    CHECK(result.count(Severity::Info) == 1);
    // Listed with its model's findings, before the seven project-wide ones (EL601).
    CHECK(result.diagnostics[result.diagnostics.size() - 8].code == QStringLiteral("EL701"));
    CHECK(result.diagnostics.last().code == QStringLiteral("EL601"));

    f.doc->undoStack()->undo(); // the card is back, and its finding is accepted again
    CHECK(withCode(f.validate().diagnostics, "EL701").isEmpty());
    CHECK(withCode(f.validate().diagnostics, "EL105")[0].waived);
}

TEST_CASE("Fixing the problem makes its acceptance stale, naming the card", "[validation]")
{
    LooseCard f;
    f.doc->push(new AddLinkCommand(f.project(), f.model,
                                   Link{LinkId::create(), f.m.activity, f.leaflets, {}, {}}));
    const QList<Diagnostic> stale = withCode(f.validate().diagnostics, "EL701");
    REQUIRE(stale.size() == 1);
    CHECK(stale[0].message.startsWith(
        QStringLiteral("The accepted finding EL105 about the output “Leaflets printed” no longer "
                       "matches any finding in this model")));
    CHECK(stale[0].nodes == QList<NodeId>{f.leaflets}); // clicking it shows the card
    CHECK(withCode(f.validate().diagnostics, "EL105").isEmpty());
}

TEST_CASE("Renaming a card so that the problem goes away makes its acceptance stale",
          "[validation]")
{
    CleanModel m;
    Node &outcome = m.b.data().nodes[3];
    outcome.title = QStringLiteral("Increasing uptake of job clubs");
    Document doc(m.b.project());
    Project *project = doc.project();
    const ModelId model = project->modelAt(0)->id();
    const Diagnostic wording = withCode(Validator::validate(*project).diagnostics, "EL501")[0];
    doc.push(new SetWaiversCommand(
        project, Waivers::withWaiver({}, wording, QStringLiteral("The board's own words")),
        QStringLiteral("Waive")));
    CHECK(withCode(Validator::validate(*project).diagnostics, "EL701").isEmpty());

    Node renamed = *project->modelAt(0)->node(m.outcome);
    renamed.title = QStringLiteral("Increased uptake of job clubs");
    doc.push(new EditNodeCommand(project, model, renamed));
    const QList<Diagnostic> stale = withCode(Validator::validate(*project).diagnostics, "EL701");
    REQUIRE(stale.size() == 1);
    CHECK(stale[0].message.startsWith(
        QStringLiteral("The accepted finding EL501 about the short-term outcome “Increased uptake "
                       "of job clubs” no longer matches")));
    CHECK(stale[0].nodes == QList<NodeId>{m.outcome});
}

TEST_CASE("A project-wide acceptance goes stale when the principle becomes covered", "[validation]")
{
    LooseCard f;
    const QList<Diagnostic> uncovered = withCode(f.validate().diagnostics, "EL601");
    const auto eight = std::find_if(uncovered.begin(), uncovered.end(),
                                    [](const Diagnostic &d) { return d.principle == 8; });
    REQUIRE(eight != uncovered.end());
    f.doc->push(new SetWaiversCommand(
        f.project(),
        Waivers::withWaiver(f.project()->waivers(), *eight,
                            QStringLiteral("Covered by the county's climate plan")),
        QStringLiteral("Waive")));
    CHECK(withCode(f.validate().diagnostics, "EL701").isEmpty());

    f.doc->push(
        new SetNodePrinciplesCommand(f.project(), f.model, f.m.impact, PrincipleSet::of({3, 8})));
    const ValidationResult result = f.validate();
    const QList<Diagnostic> stale = withCode(result.diagnostics, "EL701");
    REQUIRE(stale.size() == 1);
    CHECK(stale[0].model.isNull());
    CHECK(stale[0].message.startsWith(
        QStringLiteral("The accepted finding EL601 about principle 8 no longer matches any finding "
                       "in the project")));
    CHECK(result.diagnostics.last().code == QStringLiteral("EL701"));
}

TEST_CASE("Removing a model removes the findings accepted in it; undo brings them back",
          "[validation][commands]")
{
    LooseCard f;
    test::ModelBuilder other(QStringLiteral("Housing"));
    other.node(NodeKind::Output, QStringLiteral("Loose in housing"));
    f.project()->insertModel(other.data());
    const ModelId housing = other.data().id;
    const QList<Diagnostic> found
        = Validator::validateModel(*f.project(), *f.project()->model(housing));
    const QList<Diagnostic> looseInHousing = withCode(found, "EL105");
    REQUIRE(looseInHousing.size() == 1);
    f.doc->push(new SetWaiversCommand(
        f.project(),
        Waivers::withWaiver(f.project()->waivers(), looseInHousing[0], QStringLiteral("Later")),
        QStringLiteral("Waive")));
    const QList<Waiver> before = f.project()->waivers();
    REQUIRE(before.size() == 2);

    f.doc->push(new RemoveModelCommand(f.project(), housing));
    REQUIRE(f.project()->waivers().size() == 1);
    CHECK(f.project()->waivers()[0].model == f.model);
    CHECK(withCode(f.validate().diagnostics, "EL701").isEmpty());
    // Nothing refers to a missing model, so the project can be saved.
    CHECK(ProjectFile::toBytes(*f.project()).has_value());

    f.doc->undoStack()->undo();
    CHECK(f.project()->waivers() == before);
    CHECK(withCode(f.validate().diagnostics, "EL105").size() == 2);
    CHECK(withCode(f.validate().diagnostics, "EL701").isEmpty());
    f.doc->undoStack()->redo();
    CHECK(f.project()->waivers().size() == 1);
}

TEST_CASE("An acceptance for a model not in the project is reported, not kept unseen",
          "[validation]")
{
    // Files and JSON naming an unknown model are refused and removing a model removes its
    // acceptances, so only a program setting the list directly can get here.
    LooseCard f;
    QList<Waiver> waivers = f.project()->waivers();
    waivers << Waiver{ModelId::create(), QStringLiteral("EL105"), QStringLiteral("EL105|n:x"),
                      QStringLiteral("Old")};
    f.project()->setWaivers(waivers);
    const ValidationResult result = f.validate();
    const QList<Diagnostic> stale = withCode(result.diagnostics, "EL701");
    REQUIRE(stale.size() == 1);
    CHECK(stale[0].model.isNull());
    CHECK(
        stale[0].message
        == QStringLiteral("The accepted finding EL105 belongs to a model that is no longer in the "
                          "project. Remove the acceptance."));
    CHECK(result.diagnostics.last().code == QStringLiteral("EL701"));
}

TEST_CASE("A stale acceptance cannot be accepted in turn, and the result is the same every time",
          "[validation]")
{
    LooseCard f;
    f.doc->push(new RemoveNodesCommand(f.project(), f.model, {f.leaflets}));
    const Diagnostic stale = withCode(f.validate().diagnostics, "EL701")[0];
    CHECK_FALSE(Waivers::canWaive(stale));
    CHECK(Waivers::withWaiver(f.project()->waivers(), stale, QStringLiteral("No"))
          == f.project()->waivers());

    // A file may still hold one (written by hand): it matches nothing, so it is itself reported,
    // once, and nothing is waived; validating again gives the same findings.
    QList<Waiver> waivers = f.project()->waivers();
    waivers << Waiver{f.model, stale.code, stale.key(), QStringLiteral("Silence it")};
    waivers << waivers.last(); // twice, even
    f.project()->setWaivers(waivers);
    const ValidationResult first = f.validate();
    const QList<Diagnostic> reported = withCode(first.diagnostics, "EL701");
    REQUIRE(reported.size() == 2);
    CHECK(reported[0].staleWaiver->code == QStringLiteral("EL105"));
    CHECK(reported[1].staleWaiver->code == QStringLiteral("EL701"));
    CHECK(reported[1].message.startsWith(QStringLiteral("The accepted finding EL701 no longer")));
    for (const Diagnostic &d : first.diagnostics)
        CHECK_FALSE(d.waived);
    CHECK(keys(f.validate().diagnostics) == keys(first.diagnostics));

    // Removing one takes away every copy of it and nothing else.
    const QList<Waiver> left = Waivers::withoutStaleWaiver(waivers, reported[1]);
    REQUIRE(left.size() == 1);
    CHECK(left[0].code == QStringLiteral("EL105"));
}
