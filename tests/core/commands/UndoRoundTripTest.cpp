// Every change the editor makes is an undo command; undo must restore the model exactly and redo
// must reproduce the change exactly.
#include "ModelBuilder.h"
#include "commands/AddLinkCommand.h"
#include "commands/AddModelCommand.h"
#include "commands/AddNodesCommand.h"
#include "commands/ChangeNodesCommand.h"
#include "commands/EditLinkCommand.h"
#include "commands/EditModelCommand.h"
#include "commands/EditProjectCommand.h"
#include "commands/MoveModelCommand.h"
#include "commands/RemoveModelCommand.h"
#include "commands/RemoveNodesCommand.h"
#include "commands/SetWaiversCommand.h"
#include "document/Document.h"

#include <catch2/catch.hpp>

using namespace el;

namespace {
struct Snapshot
{
    ProjectMeta meta;
    QList<ModelData> models;
    QList<Waiver> waivers;
    friend bool operator==(const Snapshot &, const Snapshot &) = default;
};

Snapshot snapshot(const Project &p)
{
    Snapshot s{p.meta(), {}, p.waivers()};
    for (const LogicModel *m : p.models())
        s.models << m->data();
    return s;
}

struct Fixture
{
    NodeId activity, output, outcome;
    LinkId a2o, o2out;
    ModelId model;
    Document doc;

    Fixture()
        : doc(build(this))
    {}

    static std::unique_ptr<Project> build(Fixture *f)
    {
        test::ModelBuilder b(QStringLiteral("Housing and Health"));
        f->activity = b.node(NodeKind::Activity, QStringLiteral("Run warm-homes visits"), {4});
        f->output = b.node(NodeKind::Output, QStringLiteral("Homes visited"));
        f->outcome = b.node(NodeKind::OutcomeMedium, QStringLiteral("Fewer cold homes"), {4, 8});
        f->a2o = b.link(f->activity, f->output);
        f->o2out = b.link(f->output, f->outcome);
        f->model = b.data().id;
        return b.project();
    }

    // Pushes the command, then checks undo restores the start and redo the changed state.
    void roundTrip(QUndoCommand *command)
    {
        const Snapshot before = snapshot(*doc.project());
        const int cleanBefore = doc.undoStack()->index();
        doc.push(command);
        const Snapshot after = snapshot(*doc.project());
        REQUIRE_FALSE(after == before);
        REQUIRE(doc.isModified());
        doc.undoStack()->undo();
        CHECK(snapshot(*doc.project()) == before);
        CHECK(doc.undoStack()->index() == cleanBefore);
        CHECK(doc.isModified() == (cleanBefore != doc.undoStack()->cleanIndex()));
        doc.undoStack()->redo();
        CHECK(snapshot(*doc.project()) == after);
    }

    Node node(NodeId id) const { return *doc.project()->model(model)->node(id); }
};
} // namespace

TEST_CASE("Adding cards and links is undone and redone exactly", "[commands]")
{
    Fixture f;
    Node n;
    n.id = NodeId::create();
    n.kind = NodeKind::OutcomeLong;
    n.title = QStringLiteral("Warmer, healthier homes");
    Link l{LinkId::create(), f.outcome, n.id, QStringLiteral("Sustained"), LinkStrength::Strong};
    f.roundTrip(new AddNodesCommand(f.doc.project(), f.model, {n}, {l}));
    CHECK(f.doc.project()->model(f.model)->nodes().size() == 4);
}

TEST_CASE("Removing a card removes its links and undo restores both in place", "[commands]")
{
    Fixture f;
    f.roundTrip(new RemoveNodesCommand(f.doc.project(), f.model, {f.output}));
    // After redo the output and both of its links are gone.
    CHECK(f.doc.project()->model(f.model)->links().isEmpty());
    CHECK(f.doc.project()->model(f.model)->nodes().size() == 2);
}

TEST_CASE("Connecting and disconnecting are undoable", "[commands]")
{
    Fixture f;
    f.roundTrip(new AddLinkCommand(f.doc.project(), f.model,
                                   {LinkId::create(), f.activity, f.outcome, {}, {}}));
    f.roundTrip(new RemoveLinksCommand(f.doc.project(), f.model, {f.a2o}));
}

TEST_CASE("Editing a link's rationale is undoable", "[commands]")
{
    Fixture f;
    Link l = *f.doc.project()->model(f.model)->link(f.a2o);
    l.rationale = QStringLiteral("Visits find the homes that need work");
    l.strength = LinkStrength::Moderate;
    f.roundTrip(new EditLinkCommand(f.doc.project(), f.model, l));
}

TEST_CASE("Editing fields, moving and tagging principles are undoable", "[commands]")
{
    Fixture f;
    Node n = f.node(f.outcome);
    n.title = QStringLiteral("Fewer households in cold homes");
    f.roundTrip(new EditNodeCommand(f.doc.project(), f.model, n));
    f.roundTrip(new MoveNodesCommand(f.doc.project(), f.model,
                                     {{f.activity, QPointF(10, 20)}, {f.output, QPointF(300, 5)}}));
    f.roundTrip(
        new SetNodePrinciplesCommand(f.doc.project(), f.model, f.outcome, PrincipleSet::of({5})));
}

TEST_CASE("Adding, editing and removing indicators are undoable", "[commands]")
{
    Fixture f;
    Indicator i;
    i.id = IndicatorId::create();
    i.title = QStringLiteral("Households in fuel poverty (%)");
    i.baseline = {13.2, QDate(2023, 3, 31)};
    f.roundTrip(new AddIndicatorCommand(f.doc.project(), f.model, f.outcome, i));
    i.target = {10.0, QDate(2027, 3, 31)};
    f.roundTrip(new EditIndicatorCommand(f.doc.project(), f.model, f.outcome, i));
    f.roundTrip(new RemoveIndicatorCommand(f.doc.project(), f.model, f.outcome, i.id));
    CHECK(f.node(f.outcome).indicators.isEmpty());
}

TEST_CASE("Adding, renaming, reordering and removing models are undoable", "[commands]")
{
    Fixture f;
    ModelData extra;
    extra.id = ModelId::create();
    extra.name = QStringLiteral("Net Zero");
    f.roundTrip(new AddModelCommand(f.doc.project(), extra));
    f.roundTrip(new EditModelCommand(f.doc.project(), extra.id, QStringLiteral("Net Zero Luton"),
                                     {}, QStringLiteral("Net Zero subgroup")));
    f.roundTrip(new MoveModelCommand(f.doc.project(), extra.id, 0));
    f.roundTrip(new RemoveModelCommand(f.doc.project(), f.model));
    CHECK(f.doc.project()->modelCount() == 1);
}

TEST_CASE("A removed model's cards can be edited again after undo", "[commands]")
{
    Fixture f;
    Node n = f.node(f.activity);
    n.title = QStringLiteral("Warm-homes visits");
    f.doc.push(new EditNodeCommand(f.doc.project(), f.model, n));
    f.doc.push(new RemoveModelCommand(f.doc.project(), f.model));
    f.doc.undoStack()->undo(); // model back, as a new object
    f.doc.undoStack()->undo(); // the edit is undone on the new object
    CHECK(f.node(f.activity).title == QStringLiteral("Run warm-homes visits"));
}

TEST_CASE("Project details and waivers are undoable", "[commands]")
{
    Fixture f;
    f.roundTrip(new EditProjectCommand(f.doc.project(),
                                       {QStringLiteral("Luton"), QStringLiteral("Luton"), {}}));
    f.roundTrip(new SetWaiversCommand(f.doc.project(),
                                      {{f.model, QStringLiteral("EL301"), QStringLiteral("x"),
                                        QStringLiteral("Agreed at the subgroup")}},
                                      QStringLiteral("Waive")));
}

TEST_CASE("Typing into one field merges into one undo step; a no-op is not pushed", "[commands]")
{
    Fixture f;
    Node n = f.node(f.output);
    for (const char *t : {"H", "Ho", "Hom", "Homes"}) {
        n.title = QString::fromLatin1(t);
        f.doc.push(new EditNodeCommand(f.doc.project(), f.model, n, true));
    }
    CHECK(f.doc.undoStack()->count() == 1);
    f.doc.push(new EditNodeCommand(f.doc.project(), f.model, n, true));
    CHECK(f.doc.undoStack()->count() == 1);
    f.doc.undoStack()->undo();
    CHECK(f.node(f.output).title == QStringLiteral("Homes visited"));
}

TEST_CASE("Two separate renames of one card are two undo steps", "[commands]")
{
    Fixture f;
    Node n = f.node(f.output);
    n.title = QStringLiteral("Homes surveyed");
    f.doc.push(new EditNodeCommand(f.doc.project(), f.model, n));
    n.title = QStringLiteral("Homes surveyed and fixed");
    f.doc.push(new EditNodeCommand(f.doc.project(), f.model, n));
    CHECK(f.doc.undoStack()->count() == 2);
    f.doc.undoStack()->undo();
    CHECK(f.node(f.output).title == QStringLiteral("Homes surveyed"));
}
