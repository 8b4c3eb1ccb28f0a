// Importing interchange files: the published fixtures open, ids are stable across imports, and
// what the file says arrives in the project.
#include "InterchangeFiles.h"
#include "interchange/JsonInterchange.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <catch2/catch.hpp>

using namespace el;

namespace {
struct Ids
{
    QList<ModelId> models;
    QList<NodeId> nodes;
    QList<LinkId> links;
    QList<IndicatorId> indicators;
    friend bool operator==(const Ids &, const Ids &) = default;
};

Ids idsOf(const Project &p)
{
    Ids ids;
    for (const LogicModel *m : p.models()) {
        ids.models << m->id();
        for (const Node &n : m->nodes()) {
            ids.nodes << n.id;
            for (const Indicator &i : n.indicators)
                ids.indicators << i.id;
        }
        for (const Link &l : m->links())
            ids.links << l.id;
    }
    return ids;
}
} // namespace

TEST_CASE("The published fixtures and the sample import with every node and link", "[interchange]")
{
    for (const QString &path : test::fixturePaths() + QStringList{test::samplePath()}) {
        INFO(path.toStdString());
        const QByteArray json = test::readFile(path);
        REQUIRE_FALSE(json.isEmpty());
        const QJsonObject source = QJsonDocument::fromJson(json).object();
        const auto project = JsonInterchange::importProject(json);
        REQUIRE(project.has_value());
        const Project &p = **project;
        CHECK(p.title()
              == source.value(QLatin1String("project"))[QLatin1String("title")].toString());
        const QJsonArray models = source.value(QLatin1String("models")).toArray();
        REQUIRE(p.modelCount() == models.size());
        for (int i = 0; i < p.modelCount(); ++i) {
            const QJsonObject m = models.at(i).toObject();
            CHECK(p.modelAt(i)->name() == m.value(QLatin1String("name")).toString());
            CHECK(p.modelAt(i)->nodes().size() == m.value(QLatin1String("nodes")).toArray().size());
            CHECK(p.modelAt(i)->links().size() == m.value(QLatin1String("links")).toArray().size());
        }
    }
}

TEST_CASE("Importing the same JSON twice gives the same ids", "[interchange]")
{
    for (const QString &path : test::allInterchangeFiles()) {
        INFO(path.toStdString());
        const QByteArray json = test::readFile(path);
        const auto first = JsonInterchange::importProject(json);
        const auto second = JsonInterchange::importProject(json);
        REQUIRE(first.has_value());
        REQUIRE(second.has_value());
        const Ids a = idsOf(**first);
        CHECK(a == idsOf(**second));
        CHECK_FALSE(a.nodes.isEmpty());
        // Every id is distinct.
        CHECK(QSet<NodeId>(a.nodes.begin(), a.nodes.end()).size() == a.nodes.size());
        CHECK(QSet<LinkId>(a.links.begin(), a.links.end()).size() == a.links.size());
        CHECK(QSet<ModelId>(a.models.begin(), a.models.end()).size() == a.models.size());
        CHECK(QSet<IndicatorId>(a.indicators.begin(), a.indicators.end()).size()
              == a.indicators.size());
    }
}

TEST_CASE("Ids written as UUIDs are kept; other ids depend on the text", "[interchange]")
{
    const QString modelUuid = QStringLiteral("3f1c2a9e-8d4b-4e6f-a1b2-c3d4e5f60718");
    const QString nodeUuid = QStringLiteral("{0A1B2C3D-8D4B-4E6F-A1B2-C3D4E5F60718}");
    const QString linkUuid = QStringLiteral("5e0b8c1d-1111-4e6f-a1b2-c3d4e5f60718");
    auto doc = [&](const QString &secondId) {
        return QStringLiteral(R"({"format": "equitylogic", "version": 1, "project": {"title": "T"},
            "models": [{"id": "%1", "name": "M", "nodes": [
              {"id": "%2", "kind": "input", "title": "A"},
              {"id": "%4", "kind": "activity", "title": "B"}],
              "links": [{"id": "%3", "from": "%2", "to": "%4"}]}]})")
            .arg(modelUuid, nodeUuid, linkUuid, secondId)
            .toUtf8();
    };
    const auto a = JsonInterchange::importProject(doc(QStringLiteral("b")));
    const auto b = JsonInterchange::importProject(doc(QStringLiteral("c")));
    REQUIRE(a.has_value());
    REQUIRE(b.has_value());
    const LogicModel &ma = *(*a)->modelAt(0);
    CHECK(ma.id().toString() == modelUuid);
    CHECK(ma.nodes()[0].id.uuid() == QUuid::fromString(nodeUuid));
    CHECK(ma.links()[0].id.toString() == linkUuid);
    CHECK(ma.nodes()[1].id != (*b)->modelAt(0)->nodes()[1].id);
}

TEST_CASE("Every field of the file arrives in the project", "[interchange]")
{
    const auto project = JsonInterchange::importProject(
        test::readFile(test::interchangeData(QStringLiteral("everything.json"))));
    REQUIRE(project.has_value());
    const Project &p = **project;
    CHECK(p.meta().place == QStringLiteral("Luton"));
    REQUIRE(p.modelCount() == 2);
    const LogicModel &housing = *p.modelAt(0);
    CHECK(housing.owner() == QStringLiteral("Housing and Health subgroup"));
    const Node &n1 = housing.nodes()[1];
    CHECK(n1.kind == NodeKind::OutcomeMedium);
    CHECK(n1.principles == PrincipleSet::of({4, 5}));
    CHECK(n1.pos == QPointF(1440, 120));
    CHECK(n1.description.contains(QStringLiteral("ünïcödé — £5")));
    REQUIRE(n1.indicators.size() == 2);
    const Indicator &kpi = n1.indicators[0];
    CHECK_FALSE(kpi.higherIsBetter);
    CHECK(kpi.reference == QStringLiteral("93736"));
    CHECK(kpi.baseline.value == 4.1);
    CHECK(kpi.baseline.date == QDate(2023, 3, 31));
    CHECK(kpi.target.value == 3.0);
    REQUIRE(kpi.measurements.size() == 2);
    CHECK(kpi.measurements[1].value == 3.55);
    CHECK(kpi.measurements[0].note == QStringLiteral("after the first winter"));
    CHECK(kpi.disaggregation
          == QStringList{QStringLiteral("deprivation"), QStringLiteral("ethnicity")});
    CHECK(n1.indicators[1].measure == Measure::Percentage);
    CHECK_FALSE(n1.indicators[1].target.value.has_value());
    CHECK(housing.nodes()[3].indicators[0].measure == Measure::Qualitative);
    CHECK(housing.nodes()[3].indicators[0].higherIsBetter);
    REQUIRE(housing.links().size() == 3);
    CHECK(housing.links()[0].strength == LinkStrength::Moderate);
    CHECK(housing.links()[0].rationale == QStringLiteral("Warm homes keep tenancies going."));
    CHECK(housing.links()[0].from == housing.nodes()[0].id);
    CHECK(housing.links()[0].to == n1.id);
    REQUIRE(p.waivers().size() == 2);
    CHECK(p.waivers()[0].model == housing.id());
    CHECK(p.waivers()[0].code == QStringLiteral("EL301"));
    CHECK(p.waivers()[0].justification == QStringLiteral("Agreed at the March board."));
    CHECK(p.waivers()[1].model.isNull());
}

TEST_CASE("Keys the format does not know are ignored", "[interchange]")
{
    const QByteArray plain = R"({"format": "equitylogic", "version": 1, "project": {"title": "T"},
        "models": [{"id": "m", "name": "M", "nodes": [
          {"id": "a", "kind": "input", "title": "A", "x": 0, "y": 0,
           "indicators": [{"title": "I", "baseline": {"value": 1}}]}],
          "links": []}]})";
    const QByteArray extra = R"({"format": "equitylogic", "version": 1, "generator": "a script",
        "project": {"title": "T", "colour": "red"},
        "models": [{"id": "m", "name": "M", "layout": {"zoom": 2}, "nodes": [
          {"id": "a", "kind": "input", "title": "A", "x": 0, "y": 0, "shape": "round",
           "indicators": [{"title": "I", "baseline": {"value": 1, "note": "x"}, "x": [1]}]}],
          "links": [], "comments": []}]})";
    const auto a = JsonInterchange::importProject(plain);
    const auto b = JsonInterchange::importProject(extra);
    REQUIRE(a.has_value());
    REQUIRE(b.has_value());
    CHECK(JsonInterchange::exportProject(**a) == JsonInterchange::exportProject(**b));
}

TEST_CASE("A byte-order mark at the start of the file is accepted", "[interchange]")
{
    const QByteArray json = "\xEF\xBB\xBF{\"format\": \"equitylogic\", \"version\": 1, "
                            "\"project\": {\"title\": \"T\"}}";
    const auto project = JsonInterchange::importProject(json);
    REQUIRE(project.has_value());
    CHECK((*project)->title() == QStringLiteral("T"));
    CHECK((*project)->modelCount() == 0);
}
