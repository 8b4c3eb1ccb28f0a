// How long validation takes on generated models: a 100,000-card, 250,000-link layered model (the
// aim: under 100 ms), a 1,000-card model (under 2 ms, so it can run after every keystroke), and a
// model with more than 10^18 chains (to show that nothing enumerates them), and the large model
// with thousands of accepted findings, some of them stale. Prints the median of several runs;
// figures go into docs/benchmarks.md.
#include "ModelBuilder.h"
#include "interchange/JsonInterchange.h"
#include "storage/ProjectFile.h"
#include "validation/ChainAnalysis.h"
#include "validation/Validator.h"
#include "validation/Waivers.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QStringList>
#include <QTextStream>
#include <algorithm>
#include <cstdio>
#include <ctime>
#include <random>

using namespace el;

namespace {

constexpr NodeKind chainKinds[]
    = {NodeKind::Input,         NodeKind::Activity,    NodeKind::Output, NodeKind::OutcomeShort,
       NodeKind::OutcomeMedium, NodeKind::OutcomeLong, NodeKind::Impact};

Indicator fullIndicator()
{
    Indicator i;
    i.id = IndicatorId::create();
    i.title = QStringLiteral("Rate per 1,000");
    i.source = QStringLiteral("Local returns");
    i.baseline = {4.1, QDate(2023, 3, 31)};
    i.target = {3.0, QDate(2027, 3, 31)};
    i.disaggregation = {QStringLiteral("deprivation"), QStringLiteral("ethnicity")};
    return i;
}

// Seven columns of equal height and exactly `links` links between neighbouring columns, spread as
// evenly as possible. When `complete`, outcomes carry a principle, a population and an indicator,
// so the model is one a team might really keep (few findings); otherwise every outcome draws
// several findings.
ModelData layered(int nodes, int links, bool complete, unsigned seed = 1)
{
    std::mt19937 rng(seed);
    test::ModelBuilder b(QStringLiteral("Generated"));
    const int perColumn = nodes / 7;
    QList<QList<NodeId>> columns;
    int counter = 0;
    for (NodeKind kind : chainKinds) {
        QList<NodeId> col;
        for (int i = 0; i < perColumn; ++i) {
            ++counter;
            col << b.node(kind, QStringLiteral("Card %1").arg(counter),
                          isOutcomeOrImpact(kind) ? std::initializer_list<int>{1 + counter % 8}
                                                  : std::initializer_list<int>{});
            if (complete && isOutcome(kind)) {
                b.last().population = QStringLiteral("Most deprived wards");
                b.last().indicators << fullIndicator();
            }
        }
        columns << col;
    }
    const int sources = perColumn * 6;
    for (int k = 0; k < links; ++k) {
        const int s = k % sources;
        const int c = s / perColumn;
        const QList<NodeId> &next = columns[c + 1];
        // Each card links to distinct cards of the next column: one near it and the rest random.
        const int round = k / sources;
        const int offset
            = round == 0 ? 0 : static_cast<int>(rng() % static_cast<unsigned>(perColumn));
        b.link(columns[c][s % perColumn], next[(s % perColumn + offset) % perColumn]);
    }
    return b.data();
}

// Eight chain columns, every card linked to every card of the next: width^8 chains.
ModelData dense(int width)
{
    static constexpr NodeKind kinds[] = {
        NodeKind::Input,        NodeKind::Activity,      NodeKind::Participation, NodeKind::Output,
        NodeKind::OutcomeShort, NodeKind::OutcomeMedium, NodeKind::OutcomeLong,   NodeKind::Impact};
    test::ModelBuilder b(QStringLiteral("Dense"));
    QList<QList<NodeId>> columns;
    int counter = 0;
    for (NodeKind kind : kinds) {
        QList<NodeId> col;
        for (int i = 0; i < width; ++i)
            col << b.node(kind, QStringLiteral("Card %1").arg(++counter), {1 + counter % 8});
        columns << col;
    }
    for (qsizetype c = 0; c + 1 < columns.size(); ++c) {
        for (NodeId from : columns[c]) {
            for (NodeId to : columns[c + 1])
                b.link(from, to);
        }
    }
    return b.data();
}

// The median of processor time (the machine is shared, so wall time says more about the
// neighbours than about us) and of wall time, in milliseconds.
struct Times
{
    double cpu = 0, wall = 0;
};

template<class F>
Times medianMs(int runs, F &&f)
{
    std::vector<double> cpu, wall;
    for (int i = 0; i < runs; ++i) {
        QElapsedTimer t;
        const std::clock_t c0 = std::clock();
        t.start();
        f();
        wall.push_back(static_cast<double>(t.nsecsElapsed()) / 1e6);
        cpu.push_back(static_cast<double>(std::clock() - c0) * 1000.0 / CLOCKS_PER_SEC);
    }
    std::sort(cpu.begin(), cpu.end());
    std::sort(wall.begin(), wall.end());
    return {cpu[cpu.size() / 2], wall[wall.size() / 2]};
}

QByteArray filter;

// What a team that has used the model for a while might have accepted: every tenth finding it
// draws, and `stale` acceptances that no longer match any finding (half name a card since deleted,
// half a card still there for a rule it no longer breaks).
QList<Waiver> acceptedFindings(const Project &project, int stale)
{
    const ValidationResult first = Validator::validate(project);
    QList<Waiver> waivers;
    for (qsizetype i = 0; i < first.diagnostics.size(); i += 10)
        waivers << Waivers::waiverFor(first.diagnostics[i], QStringLiteral("Accepted"));
    const LogicModel &model = *project.modelAt(0);
    for (int i = 0; i < stale; ++i) {
        const NodeId card = i % 2 == 0 ? NodeId::create() : model.nodes()[i].id;
        waivers << Waiver{model.id(), QStringLiteral("EL109"),
                          QStringLiteral("EL109|n:") + card.toString(), QStringLiteral("Accepted")};
    }
    return waivers;
}

// The worst case: every acceptance stale, each naming cards still there. They were made when the
// model's outcomes had no population and no indicator (every tenth finding then); since, each
// outcome has been given both.
QList<Waiver> allStale(const Project &project)
{
    ModelData before = project.modelAt(0)->data();
    for (Node &n : before.nodes) {
        n.population.clear();
        n.indicators.clear();
    }
    Project raw;
    raw.insertModel(before);
    return acceptedFindings(raw, 0);
}

constexpr int allStaleWaivers = -2;

template<class Make>
void bench(const char *name, Make &&make, int runs, int staleWaivers = -1)
{
    if (!filter.isEmpty() && !QByteArray(name).contains(filter))
        return;
    const ModelData data = make();
    Project project;
    project.insertModel(data);
    if (staleWaivers == allStaleWaivers)
        project.setWaivers(allStale(project));
    else if (staleWaivers >= 0)
        project.setWaivers(acceptedFindings(project, staleWaivers));
    const LogicModel &model = *project.modelAt(0);
    ValidationResult result;
    const Times full = medianMs(runs, [&] { result = Validator::validate(project); });
    const Times passes = medianMs(runs, [&] {
        const GraphIndex graph(model);
        const ChainAnalysis chains(graph);
        (void)chains.totalChains();
    });
    const GraphIndex graph(model);
    const ChainAnalysis chains(graph);
    std::printf(
        "%-34s %7lld cards %8lld links  chains %-22s  graph+passes %8.3f ms cpu  "
        "validate %8.3f ms cpu, %8.3f ms wall  (%lld findings, %lld waivers; median of %d)\n",
        name, static_cast<long long>(data.nodes.size()), static_cast<long long>(data.links.size()),
        chains.totalChains() == UINT64_MAX
            ? "> 1.8e19 (saturated)"
            : QByteArray::number(static_cast<double>(chains.totalChains()), 'g', 3).constData(),
        passes.cpu, full.cpu, full.wall, static_cast<long long>(result.diagnostics.size()),
        static_cast<long long>(project.waivers().size()), runs);
}

template<class IdT>
QString idList(const QList<IdT> &ids)
{
    QStringList texts;
    for (const IdT &id : ids)
        texts << id.toString();
    return texts.join(QLatin1Char(','));
}

// Every field of every finding, one finding a line, so that a change meant only to make
// validation faster can be checked to change nothing anyone sees.
void dumpProject(QTextStream &out, const QString &name, const Project &project)
{
    const ValidationResult result = Validator::validate(project);
    out << "== " << name << " (" << result.diagnostics.size() << " findings)\n";
    for (const Diagnostic &d : result.diagnostics) {
        out << d.code << '\t' << severityKey(d.severity) << '\t' << d.message << '\t' << d.hint
            << '\t' << d.model.toString() << "\tn:" << idList(d.nodes) << "\tl:" << idList(d.links)
            << "\tc:" << idList(d.chain) << '\t' << d.chainCount << '\t' << d.waived << '\t'
            << d.justification << '\t' << d.principle << '\t' << d.indicator.toString() << '\t'
            << d.key() << '\n';
    }
    for (qsizetype m = 0; m < result.coverage.models.size(); ++m) {
        for (const CoverageCell &cell : result.coverage.cells[m])
            out << cell.chains << ' ';
        out << '\n';
    }
}

void dumpModel(QTextStream &out, const QString &name, const ModelData &data, int waiveEvery)
{
    Project project;
    project.insertModel(data);
    dumpProject(out, name, project);
    if (waiveEvery <= 0)
        return;
    // Waive some findings and check that exactly those come back waived.
    const ValidationResult first = Validator::validate(project);
    QList<Waiver> waivers;
    for (qsizetype i = 0; i < first.diagnostics.size(); i += waiveEvery)
        waivers << Waivers::waiverFor(first.diagnostics[i], QStringLiteral("Because %1").arg(i));
    project.setWaivers(waivers);
    dumpProject(out, name + QStringLiteral(" waived"), project);
}

int dump(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return 1;
    QTextStream out(&file);
    dumpModel(out, QStringLiteral("1,000 raw"), layered(1001, 2500, false), 7);
    dumpModel(out, QStringLiteral("1,000 complete"), layered(1001, 2500, true), 0);
    dumpModel(out, QStringLiteral("100,000 raw"), layered(100002, 250000, false), 97);
    dumpModel(out, QStringLiteral("dense 8 x 30"), dense(30), 5);
    dumpModel(out, QStringLiteral("layeredModel(40, 2)"), test::layeredModel(40, 2), 3);
    for (const QString &dir :
         {QStringLiteral(EL_FIXTURES_DIR), QStringLiteral(EL_TEST_DATA_DIR "/interchange")}) {
        const QDir fixtures(dir);
        for (const QString &f : fixtures.entryList({QStringLiteral("*.json")}, QDir::Files)) {
            QFile in(fixtures.filePath(f));
            if (!in.open(QIODevice::ReadOnly))
                continue;
            if (auto project = JsonInterchange::importProject(in.readAll()))
                dumpProject(out, f, **project);
        }
    }
    const QDir data(QStringLiteral(EL_TEST_DATA_DIR));
    for (const QString &f : data.entryList({QStringLiteral("*.eqlm")}, QDir::Files)) {
        if (auto project = ProjectFile::load(data.filePath(f)))
            dumpProject(out, f, **project);
    }
    return 0;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    if (argc > 2 && QByteArray(argv[1]) == "--dump")
        return dump(QString::fromLocal8Bit(argv[2])); // every finding, for before/after checks
    if (argc > 1)
        filter = argv[1]; // run only the cases whose name contains this
    bench(
        "1,000 cards, complete", [] { return layered(1001, 2500, true); }, 201);
    bench(
        "1,000 cards, raw", [] { return layered(1001, 2500, false); }, 201);
    bench(
        "100,000 cards, complete", [] { return layered(100002, 250000, true); }, 11);
    bench(
        "100,000 cards, raw", [] { return layered(100002, 250000, false); }, 11);
    bench(
        "100,000 cards, raw, 8,572 waivers", [] { return layered(100002, 250000, false); }, 11, 0);
    bench(
        "100,000 cards, raw, 9,572 waivers", [] { return layered(100002, 250000, false); }, 11,
        1000);
    bench(
        "100,000 cards, complete, 8,572 stale waivers",
        [] { return layered(100002, 250000, true); }, 11, allStaleWaivers);
    bench(
        "dense 8 x 200 (2.6e18 chains)", [] { return dense(200); }, 11);
    bench(
        "dense 8 x 400 (6.6e20 chains)", [] { return dense(400); }, 5);
    return 0;
}
