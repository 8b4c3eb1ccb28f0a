// Tidy is one undo step named "Tidy"; undo puts every card back.
#include "commands/TidyCommand.h"
#include "ModelBuilder.h"
#include "document/Document.h"

#include <catch2/catch.hpp>

using namespace el;

TEST_CASE("Tidy is one undo step that undo reverses exactly")
{
    test::ModelBuilder b;
    const NodeId a0 = b.node(NodeKind::Activity, QStringLiteral("A0"));
    const NodeId a1 = b.node(NodeKind::Activity, QStringLiteral("A1"));
    const NodeId o0 = b.node(NodeKind::Output, QStringLiteral("O0"));
    const NodeId o1 = b.node(NodeKind::Output, QStringLiteral("O1"));
    b.link(a0, o1);
    b.link(a1, o0);
    auto project = b.project();
    const ModelId id = project->modelAt(0)->id();
    const ModelData before = project->modelAt(0)->data();

    auto cmd = TidyCommand::create(project.get(), id);
    REQUIRE(cmd->changesAnything());
    CHECK(cmd->text() == QStringLiteral("Tidy"));
    cmd->redo();
    CHECK(project->modelAt(0)->data() != before);
    cmd->undo();
    CHECK(project->modelAt(0)->data() == before);
}
