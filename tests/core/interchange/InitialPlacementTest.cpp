// Cards imported without a position land in their kind's column, in file order, never on top of
// one another or of a card that kept its own position.
#include "interchange/InitialPlacement.h"
#include "interchange/JsonInterchange.h"

#include <QRectF>
#include <catch2/catch.hpp>

using namespace el;

TEST_CASE("Nodes without positions are placed in their column without overlap", "[interchange]")
{
    const QByteArray json = R"({"format": "equitylogic", "version": 1, "project": {"title": "T"},
      "models": [{"name": "M", "nodes": [
        {"id": "a1", "kind": "activity", "title": "A1"},
        {"id": "i1", "kind": "input", "title": "I1"},
        {"id": "fixed", "kind": "activity", "title": "Kept", "x": 470, "y": 40},
        {"id": "a2", "kind": "activity", "title": "A2"},
        {"id": "a3", "kind": "activity", "title": "A3"},
        {"id": "x1", "kind": "external_factor", "title": "X1"},
        {"id": "i2", "kind": "input", "title": "I2"}
      ]}]})";
    const auto project = JsonInterchange::importProject(json);
    REQUIRE(project.has_value());
    const QList<Node> &nodes = (*project)->modelAt(0)->nodes();
    REQUIRE(nodes.size() == 7);

    CHECK(nodes[2].pos == QPointF(470, 40)); // kept
    for (const Node &n : nodes) {
        if (n.title != QStringLiteral("Kept"))
            CHECK(n.pos.x() == nodeKindColumn(n.kind) * InitialPlacement::columnWidth);
    }
    // File order, top to bottom, within a column.
    CHECK(nodes[0].pos.y() < nodes[3].pos.y());
    CHECK(nodes[3].pos.y() < nodes[4].pos.y());
    CHECK(nodes[1].pos.y() < nodes[6].pos.y());
    // No two cards overlap.
    const QSizeF card(InitialPlacement::cardWidth, InitialPlacement::cardHeight);
    for (qsizetype i = 0; i < nodes.size(); ++i) {
        for (qsizetype j = i + 1; j < nodes.size(); ++j) {
            INFO(nodes[i].title.toStdString() << " and " << nodes[j].title.toStdString());
            CHECK_FALSE(QRectF(nodes[i].pos, card).intersects(QRectF(nodes[j].pos, card)));
        }
    }
}

TEST_CASE("A placed column steps around several kept cards", "[interchange]")
{
    ModelData model;
    QList<bool> positioned;
    for (double y : {0.0, 100.0, 400.0}) {
        Node n;
        n.kind = NodeKind::Output;
        n.pos = QPointF(nodeKindColumn(NodeKind::Output) * InitialPlacement::columnWidth + 30, y);
        model.nodes << n;
        positioned << true;
    }
    for (int i = 0; i < 4; ++i) {
        Node n;
        n.kind = NodeKind::Output;
        model.nodes << n;
        positioned << false;
    }
    InitialPlacement::place(model, positioned);
    const QSizeF card(InitialPlacement::cardWidth, InitialPlacement::cardHeight);
    for (qsizetype i = 0; i < model.nodes.size(); ++i) {
        for (qsizetype j = i + 1; j < model.nodes.size(); ++j) {
            INFO(i << " and " << j);
            CHECK_FALSE(
                QRectF(model.nodes[i].pos, card).intersects(QRectF(model.nodes[j].pos, card)));
        }
    }
    CHECK(model.nodes[3].pos.y() < model.nodes[4].pos.y());
    CHECK(model.nodes[5].pos.y() < model.nodes[6].pos.y());
}
