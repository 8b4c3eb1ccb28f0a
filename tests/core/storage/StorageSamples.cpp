#include "StorageSamples.h"

#include <QFile>
#include <QProcess>
#include <catch2/catch.hpp>

namespace el::test {

namespace {
template<class IdType>
IdType fixedId(const QString &name)
{
    static const QUuid ns = QUuid::fromString(u"6c1b8a42-2f7e-4b7d-9a55-0c4a3f1d2e10");
    return IdType(QUuid::createUuidV5(ns, name));
}

Indicator indicator(const QString &id, const QString &title)
{
    Indicator ind;
    ind.id = fixedId<IndicatorId>(id);
    ind.title = title;
    ind.measure = Measure::Percentage;
    ind.unit = QStringLiteral("% of children");
    ind.higherIsBetter = true;
    ind.source = QStringLiteral("OHID Fingertips");
    ind.reference = QStringLiteral("90631");
    ind.baseline = {61.5, QDate(2023, 3, 31)};
    ind.target = {70.0, QDate(2027, 3, 31)};
    ind.measurements = {{QDate(2024, 3, 31), 63.25, QStringLiteral("first year")},
                        {QDate(2025, 3, 31), -0.5, QString()},
                        {QDate(), 1e-300, QStringLiteral("undated")}};
    ind.disaggregation = {QStringLiteral("deprivation"), QStringLiteral("ethnicity")};
    return ind;
}
} // namespace

std::unique_ptr<Project> fullProject()
{
    auto project = std::make_unique<Project>();
    project->setMeta({QStringLiteral("Luton Health Equity Town"), QStringLiteral("Luton"),
                      QStringLiteral("Marmot Place since 2022 — “fair” for all 🌍\nSecond line")});
    for (int m = 0; m < 2; ++m) {
        ModelData data;
        data.id = fixedId<ModelId>(m == 0 ? QStringLiteral("model-a") : QStringLiteral("model-b"));
        data.name = m == 0 ? QStringLiteral("Housing and Health")
                           : QStringLiteral("Children and Young People");
        data.description = QStringLiteral("Model %1 description").arg(m);
        data.owner = QStringLiteral("Subgroup %1").arg(m);
        int i = 0;
        for (NodeKind kind : allNodeKinds) {
            Node n;
            n.id = fixedId<NodeId>(QStringLiteral("node-%1-%2").arg(m).arg(i));
            n.kind = kind;
            n.title = QStringLiteral("Nœud %1 «%2»").arg(i).arg(nodeKindKey(kind));
            n.description = i % 2 ? QStringLiteral("Désc %1").arg(i) : QString();
            n.population = QStringLiteral("Households in the most deprived wards");
            n.principles = PrincipleSet::fromBits(static_cast<std::uint8_t>((i * 37 + m) & 0xFF));
            n.group = i % 3 ? QStringLiteral("Warm homes") : QString();
            n.pos = QPointF(i * 240.5 - 17.25, m * 1000.125 + i * 0.1);
            if (isOutcome(kind))
                n.indicators << indicator(QStringLiteral("ind-%1-%2").arg(m).arg(i),
                                          QStringLiteral("School readiness %1").arg(i));
            data.nodes << n;
            ++i;
        }
        for (int k = 0; k + 1 < 9; ++k) {
            Link l;
            l.id = fixedId<LinkId>(QStringLiteral("link-%1-%2").arg(m).arg(k));
            l.from = data.nodes[k].id;
            l.to = data.nodes[k + 1].id;
            l.rationale = k % 2 ? QStringLiteral("Because ✓") : QString();
            l.strength = static_cast<LinkStrength>(k % 4);
            data.links << l;
        }
        project->insertModel(data);
    }
    project->setWaivers({{project->modelAt(0)->id(), QStringLiteral("EL301"),
                          QStringLiteral("node:abc"), QStringLiteral("Agreed at board")},
                         {ModelId(), QStringLiteral("EL900"), QStringLiteral("project"),
                          QStringLiteral("Principle 7 is covered elsewhere")}});
    return project;
}

QString sqlite3(const QString &path, const QString &sql)
{
    QProcess process;
    process.start(QStringLiteral("sqlite3"), {QStringLiteral("-batch"), path, sql});
    REQUIRE(process.waitForFinished(30000));
    INFO(QString::fromUtf8(process.readAllStandardError()).toStdString());
    REQUIRE(process.exitCode() == 0);
    return QString::fromUtf8(process.readAllStandardOutput()).trimmed();
}

} // namespace el::test
