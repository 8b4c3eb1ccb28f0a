// A model imported without any positions is laid out by the automatic layout: its arrows cross
// no more than in file order (here not at all), and no two cards overlap.
#include "interchange/JsonInterchange.h"
#include "layout/Layout.h"

#include <QRectF>
#include <catch2/catch.hpp>

using namespace el;

TEST_CASE("A model imported without positions is tidied", "[interchange]")
{
    // In file order i1-a1-o1 sit at the top and every link crosses its neighbour.
    const QByteArray json = R"({"format": "equitylogic", "version": 1, "project": {"title": "T"},
      "models": [{"name": "M", "nodes": [
        {"id": "i1", "kind": "input", "title": "I1"},
        {"id": "i2", "kind": "input", "title": "I2"},
        {"id": "i3", "kind": "input", "title": "I3"},
        {"id": "a1", "kind": "activity", "title": "A1"},
        {"id": "a2", "kind": "activity", "title": "A2"},
        {"id": "a3", "kind": "activity", "title": "A3"},
        {"id": "x1", "kind": "assumption", "title": "X1"}
      ], "links": [
        {"from": "i1", "to": "a3"}, {"from": "i2", "to": "a2"}, {"from": "i3", "to": "a1"}
      ]}]})";
    const auto project = JsonInterchange::importProject(json);
    REQUIRE(project.has_value());
    const LogicModel *model = (*project)->modelAt(0);
    CHECK(Layout::countCrossings(model->data()) == 0);

    const QList<Node> &nodes = model->nodes();
    const LayoutOptions options;
    for (qsizetype i = 0; i < nodes.size(); ++i) {
        for (qsizetype j = i + 1; j < nodes.size(); ++j) {
            INFO(nodes[i].title.toStdString() << " and " << nodes[j].title.toStdString());
            CHECK_FALSE(QRectF(nodes[i].pos, options.sizeOf(nodes[i]))
                            .intersects(QRectF(nodes[j].pos, options.sizeOf(nodes[j]))));
        }
    }
}

TEST_CASE("A model imported with positions keeps them", "[interchange]")
{
    const QByteArray json = R"({"format": "equitylogic", "version": 1, "project": {"title": "T"},
      "models": [{"name": "M", "nodes": [
        {"id": "i1", "kind": "input", "title": "I1", "x": 0, "y": 0},
        {"id": "i2", "kind": "input", "title": "I2", "x": 0, "y": 100},
        {"id": "a1", "kind": "activity", "title": "A1", "x": 240, "y": 0},
        {"id": "a2", "kind": "activity", "title": "A2", "x": 240, "y": 100}
      ], "links": [{"from": "i1", "to": "a2"}, {"from": "i2", "to": "a1"}]}]})";
    const auto project = JsonInterchange::importProject(json);
    REQUIRE(project.has_value());
    const QList<Node> &nodes = (*project)->modelAt(0)->nodes();
    CHECK(nodes[0].pos == QPointF(0, 0));
    CHECK(nodes[1].pos == QPointF(0, 100));
    CHECK(nodes[3].pos == QPointF(240, 100));
}
