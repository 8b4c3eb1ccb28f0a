// Benchmark: JSON import (and export) of a generated project of 10,000 nodes and 25,000 links.
// Prints the median of several runs; figures go into docs/benchmarks.md ("JSON interchange").
#include "interchange/JsonInterchange.h"
#include "interchange/JsonReader.h"
#include "interchange/JsonSyntax.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <algorithm>
#include <cstdio>
#include <random>
#include <time.h>

using namespace el;

namespace {
constexpr int nodeCount = 10'000;
constexpr int linkCount = 25'000;
constexpr int runs = 11;

// One model, seven chain columns; links go from one column to the next, ids are not UUIDs (so
// every id is derived), no positions (so every node is placed), one indicator every ten nodes.
QByteArray generate()
{
    static constexpr const char *kinds[] = {
        "input", "activity", "output", "outcome_short", "outcome_medium", "outcome_long", "impact"};
    constexpr int columns = 7;
    std::mt19937 rng(7);
    QJsonArray nodes;
    QList<QList<int>> byColumn(columns);
    for (int i = 0; i < nodeCount; ++i) {
        const int column = i % columns;
        byColumn[column] << i;
        QJsonObject n{
            {QStringLiteral("id"), QStringLiteral("n%1").arg(i)},
            {QStringLiteral("kind"), QLatin1String(kinds[column])},
            {QStringLiteral("title"), QStringLiteral("Node number %1 of the plan").arg(i)},
            {QStringLiteral("description"),
             QStringLiteral("A description long enough to be typical of a card.")},
            {QStringLiteral("principles"), QJsonArray{1 + i % 8, 1 + (i / 8) % 8}}};
        if (i % 10 == 0) {
            n.insert(
                QStringLiteral("indicators"),
                QJsonArray{QJsonObject{
                    {QStringLiteral("title"), QStringLiteral("Indicator %1").arg(i)},
                    {QStringLiteral("measure"), QStringLiteral("percentage")},
                    {QStringLiteral("baseline"),
                     QJsonObject{{QStringLiteral("value"), 12.5},
                                 {QStringLiteral("date"), QStringLiteral("2023-03-31")}}},
                    {QStringLiteral("target"),
                     QJsonObject{{QStringLiteral("value"), 10.0},
                                 {QStringLiteral("date"), QStringLiteral("2027-03-31")}}},
                    {QStringLiteral("measurements"),
                     QJsonArray{QJsonObject{{QStringLiteral("date"), QStringLiteral("2024-03-31")},
                                            {QStringLiteral("value"), 11.9}}}},
                    {QStringLiteral("disaggregation"),
                     QJsonArray{QStringLiteral("deprivation"), QStringLiteral("ethnicity")}}}});
        }
        nodes.append(n);
    }
    QJsonArray links;
    for (int l = 0; l < linkCount; ++l) {
        const int column = l % (columns - 1);
        std::uniform_int_distribution<qsizetype> a(0, byColumn[column].size() - 1);
        std::uniform_int_distribution<qsizetype> b(0, byColumn[column + 1].size() - 1);
        links.append(QJsonObject{
            {QStringLiteral("from"), QStringLiteral("n%1").arg(byColumn[column][a(rng)])},
            {QStringLiteral("to"), QStringLiteral("n%1").arg(byColumn[column + 1][b(rng)])},
            {QStringLiteral("strength"), QStringLiteral("moderate")}});
    }
    const QJsonObject root{
        {QStringLiteral("format"), QStringLiteral("equitylogic")},
        {QStringLiteral("version"), 1},
        {QStringLiteral("project"),
         QJsonObject{{QStringLiteral("title"), QStringLiteral("Bench")}}},
        {QStringLiteral("models"),
         QJsonArray{QJsonObject{{QStringLiteral("id"), QStringLiteral("big")},
                                {QStringLiteral("name"), QStringLiteral("Big model")},
                                {QStringLiteral("nodes"), nodes},
                                {QStringLiteral("links"), links}}}}};
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

double threadCpuMs()
{
    timespec t{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &t);
    return static_cast<double>(t.tv_sec) * 1e3 + static_cast<double>(t.tv_nsec) / 1e6;
}

// The median wall-clock time, and the median CPU time of this thread (steadier on a shared
// machine, where other work takes the processor away).
struct Timing
{
    double wallMs;
    double cpuMs;
};

template<class F>
Timing median(F &&f)
{
    QList<double> wall, cpu;
    for (int i = 0; i < runs; ++i) {
        QElapsedTimer timer;
        const double cpuStart = threadCpuMs();
        timer.start();
        f();
        wall << static_cast<double>(timer.nsecsElapsed()) / 1e6;
        cpu << threadCpuMs() - cpuStart;
    }
    std::sort(wall.begin(), wall.end());
    std::sort(cpu.begin(), cpu.end());
    return {wall[runs / 2], cpu[runs / 2]};
}

void print(const char *what, Timing t)
{
    std::printf("%-58s median %7.1f ms wall, %7.1f ms CPU (%d runs)\n", what, t.wallMs, t.cpuMs,
                runs);
}
} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QByteArray json = generate();
    std::printf("Generated JSON: %d nodes, %d links, %.1f MB\n", nodeCount, linkCount,
                static_cast<double>(json.size()) / 1e6);

    const Timing parse = median([&] { (void)JsonSyntax::parse(json); });
    const Timing read = median([&] { (void)JsonReader::read(json); });
    std::unique_ptr<Project> project;
    const Timing import = median([&] {
        auto result = JsonInterchange::importProject(json);
        if (!result) {
            std::fprintf(stderr, "import failed: %s\n", qPrintable(result.error()));
            std::exit(1);
        }
        project = std::move(*result);
    });
    QByteArray exported;
    const Timing exporting = median([&] { exported = JsonInterchange::exportProject(*project); });
    const Timing reimport = median([&] { (void)JsonInterchange::importProject(exported); });

    print("JSON import (ids derived, every node placed)", import);
    print("  of which JSON parsing alone (QJsonDocument)", parse);
    print("  of which parsing and checking (no project built)", read);
    print("JSON export", exporting);
    print("JSON import of our own export (UUID ids, positions kept)", reimport);
    return 0;
}
