// JSON -> project -> JSON loses nothing: the export carries everything the file said, and
// exporting again gives the very same text.
#include "InterchangeFiles.h"
#include "ModelBuilder.h"
#include "interchange/JsonInterchange.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <catch2/catch.hpp>

using namespace el;

namespace {
QByteArray roundTrip(const QByteArray &json)
{
    auto project = JsonInterchange::importProject(json);
    REQUIRE(project.has_value());
    return JsonInterchange::exportProject(**project);
}

// Every key of `source` is in `exported` with the same value, except the keys listed in `skip`.
void checkCarried(const QJsonObject &source, const QJsonObject &exported, const QString &where,
                  const QStringList &skip)
{
    for (auto it = source.begin(); it != source.end(); ++it) {
        if (skip.contains(it.key()))
            continue;
        INFO((where + QLatin1Char('.') + it.key()).toStdString());
        REQUIRE(exported.contains(it.key()));
        const QJsonValue out = exported.value(it.key());
        if (it.key() == QLatin1String("principles")) {
            // A set: the order in the file does not matter.
            QList<int> a, b;
            for (const QJsonValue &v : it.value().toArray())
                a << v.toInt();
            for (const QJsonValue &v : out.toArray())
                b << v.toInt();
            std::sort(a.begin(), a.end());
            CHECK(a == b);
        } else if (it.value().isObject()) {
            checkCarried(it.value().toObject(), out.toObject(), where + QLatin1Char('.') + it.key(),
                         {});
        } else if (it.value().isArray() && it.key() == QLatin1String("indicators")) {
            const QJsonArray a = it.value().toArray();
            REQUIRE(out.toArray().size() == a.size());
            for (qsizetype i = 0; i < a.size(); ++i)
                checkCarried(a.at(i).toObject(), out.toArray().at(i).toObject(),
                             where + QStringLiteral(".indicators[%1]").arg(i),
                             {QStringLiteral("id"), QStringLiteral("measurements")});
        } else {
            CHECK(it.value() == out);
        }
    }
}

// The first export of a file carries every title, kind, description, principle, indicator field
// and link of it.
void checkExportCarriesFile(const QByteArray &json)
{
    const QJsonObject source = QJsonDocument::fromJson(json).object();
    const QJsonObject exported = QJsonDocument::fromJson(roundTrip(json)).object();
    checkCarried(source.value(QLatin1String("project")).toObject(),
                 exported.value(QLatin1String("project")).toObject(), QStringLiteral("project"),
                 {});
    const QJsonArray models = source.value(QLatin1String("models")).toArray();
    const QJsonArray outModels = exported.value(QLatin1String("models")).toArray();
    REQUIRE(outModels.size() == models.size());
    const QStringList skip
        = {QStringLiteral("id"), QStringLiteral("nodes"), QStringLiteral("links"),
           QStringLiteral("from"), QStringLiteral("to")};
    for (qsizetype m = 0; m < models.size(); ++m) {
        const QJsonObject model = models.at(m).toObject();
        const QJsonObject outModel = outModels.at(m).toObject();
        const QString where = QStringLiteral("models[%1]").arg(m);
        checkCarried(model, outModel, where, skip);
        const QJsonArray nodes = model.value(QLatin1String("nodes")).toArray();
        const QJsonArray outNodes = outModel.value(QLatin1String("nodes")).toArray();
        REQUIRE(outNodes.size() == nodes.size());
        QHash<QString, QString> idMap;
        for (qsizetype n = 0; n < nodes.size(); ++n) {
            checkCarried(nodes.at(n).toObject(), outNodes.at(n).toObject(),
                         where + QStringLiteral(".nodes[%1]").arg(n), skip);
            idMap.insert(nodes.at(n)[QLatin1String("id")].toString(),
                         outNodes.at(n)[QLatin1String("id")].toString());
        }
        const QJsonArray links = model.value(QLatin1String("links")).toArray();
        const QJsonArray outLinks = outModel.value(QLatin1String("links")).toArray();
        REQUIRE(outLinks.size() == links.size());
        for (qsizetype l = 0; l < links.size(); ++l) {
            const QJsonObject link = links.at(l).toObject();
            const QJsonObject outLink = outLinks.at(l).toObject();
            checkCarried(link, outLink, where + QStringLiteral(".links[%1]").arg(l), skip);
            CHECK(idMap.value(link[QLatin1String("from")].toString())
                  == outLink[QLatin1String("from")].toString());
            CHECK(idMap.value(link[QLatin1String("to")].toString())
                  == outLink[QLatin1String("to")].toString());
        }
    }
}
} // namespace

TEST_CASE("Exporting an imported file again gives the very same JSON", "[interchange]")
{
    for (const QString &path : test::allInterchangeFiles()) {
        INFO(path.toStdString());
        const QByteArray first = roundTrip(test::readFile(path));
        const QByteArray second = roundTrip(first);
        CHECK(first == second);
        CHECK(roundTrip(second) == second);
    }
}

TEST_CASE("The export carries everything the imported file said", "[interchange]")
{
    for (const QString &path : test::allInterchangeFiles()) {
        INFO(path.toStdString());
        checkExportCarriesFile(test::readFile(path));
    }
}

TEST_CASE("A project made in the editor survives export and import exactly", "[interchange]")
{
    test::ModelBuilder b(QStringLiteral("Children and Young People"));
    const NodeId act = b.node(NodeKind::Activity, QStringLiteral("Family hubs"), {1});
    const NodeId out = b.node(NodeKind::OutcomeShort, QStringLiteral(""), {1, 2});
    b.last().pos = QPointF(-12.25, 1e-3);
    Indicator ind;
    ind.id = IndicatorId::create();
    ind.title = QStringLiteral("Good level of development at age 5");
    ind.measure = Measure::Percentage;
    ind.baseline = {61.7, QDate(2023, 8, 31)};
    ind.target = {std::nullopt, QDate(2030, 8, 31)};
    ind.measurements = {{QDate(), 0.1 + 0.2, QStringLiteral("no date")}};
    b.last().indicators << ind;
    const LinkId link = b.link(act, out);
    b.data().links[0].strength = LinkStrength::Strong;
    auto project = b.project();
    project->setWaivers({{project->modelAt(0)->id(), QStringLiteral("EL301"), link.toString(),
                          QStringLiteral("Known gap")}});

    const auto back = JsonInterchange::importProject(JsonInterchange::exportProject(*project));
    REQUIRE(back.has_value());
    CHECK((*back)->meta() == project->meta());
    REQUIRE((*back)->modelCount() == 1);
    CHECK((*back)->modelAt(0)->data() == project->modelAt(0)->data());
    CHECK((*back)->waivers() == project->waivers());
}
