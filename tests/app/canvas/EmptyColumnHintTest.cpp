// An empty column of a new model says how to fill it, on screen only, until it has a card.
#include "ModelBuilder.h"
#include "canvas/CanvasView.h"
#include "canvas/ColumnItem.h"
#include "canvas/ModelScene.h"
#include "commands/AddNodesCommand.h"
#include "document/Document.h"

#include <catch2/catch.hpp>

using namespace el;

TEST_CASE("The empty columns of a new model say how to add a card, on screen only", "[canvas]")
{
    test::ModelBuilder b(QStringLiteral("New logic model"));
    const ModelId modelId = b.data().id;
    Document doc(b.project());
    CanvasView view(&doc);
    view.setModel(modelId);
    ModelScene *scene = view.modelScene();

    for (const NodeKind kind : allNodeKinds) {
        INFO(nodeKindKey(kind).toStdString());
        const ColumnItem *column = scene->columnItem(kind);
        REQUIRE(column);
        if (!column->isCollapsed())
            CHECK(column->hint().startsWith(QStringLiteral("Double-click to add")));
    }
    CHECK(scene->columnItem(NodeKind::Activity)->hint()
          == QStringLiteral("Double-click to add a card"));

    // Printed or exported pages carry no such hint.
    scene->setPrintMode(true);
    CHECK(scene->columnItem(NodeKind::Activity)->hint().isEmpty());
    scene->setPrintMode(false);

    // A column with a card needs no hint.
    Node card;
    card.id = NodeId::create();
    card.kind = NodeKind::Activity;
    card.title = QStringLiteral("Job fairs");
    doc.push(new AddNodesCommand(doc.project(), modelId, {card}));
    CHECK(scene->columnItem(NodeKind::Activity)->hint().isEmpty());
}
