// How long opening (with every check) and saving take for a large generated project:
// 10,000 nodes and 25,000 links in one model. Prints the median of several runs.
#include "ModelBuilder.h"
#include "TempDir.h"
#include "storage/FileHeader.h"
#include "storage/ProjectChecksum.h"
#include "storage/ProjectFile.h"
#include "storage/ProjectInvariants.h"
#include "storage/ProjectReader.h"
#include "storage/ProjectValues.h"
#include "storage/Schema.h"
#include "storage/SqliteDatabase.h"
#include "storage/SqliteStatement.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <algorithm>
#include <cstdio>
#include <ctime>
#include <functional>
#include <vector>

using namespace el;

namespace {

ModelData largeModel()
{
    ModelData data = test::layeredModel(1429, 3); // 10,003 nodes, 25,722 links
    QSet<NodeId> dropped;
    while (data.nodes.size() > 10'000)
        dropped.insert(data.nodes.takeLast().id);
    QList<Link> links;
    for (const Link &l : std::as_const(data.links)) {
        if (!dropped.contains(l.from) && !dropped.contains(l.to) && links.size() < 25'000)
            links << l;
    }
    data.links = links;
    for (Node &n : data.nodes)
        n.description = QStringLiteral("A description of about a hundred characters, as a "
                                       "registrar might write for a card on the model.");
    return data;
}

double cpuMs()
{
    timespec t{};
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &t);
    return static_cast<double>(t.tv_sec) * 1e3 + static_cast<double>(t.tv_nsec) / 1e6;
}

// Wall-clock and CPU time, medians over the runs. The machine is shared, so CPU time is the
// steadier figure; wall-clock time is what a person waits.
struct Timing
{
    double wall, cpu;
};

Timing median(int runs, const std::function<void()> &work)
{
    std::vector<double> wall, cpu;
    for (int i = 0; i < runs; ++i) {
        QElapsedTimer timer;
        const double c0 = cpuMs();
        timer.start();
        work();
        wall.push_back(static_cast<double>(timer.nsecsElapsed()) / 1e6);
        cpu.push_back(cpuMs() - c0);
    }
    std::sort(wall.begin(), wall.end());
    std::sort(cpu.begin(), cpu.end());
    return {wall[wall.size() / 2], cpu[cpu.size() / 2]};
}

void print(const char *what, Timing t)
{
    std::printf("  %-44s %7.1f ms wall, %7.1f ms CPU\n", what, t.wall, t.cpu);
}

// The steps of opening, one by one, to show where the time goes.
void openSteps(const QString &path, int runs)
{
    QFile file(path);
    file.open(QIODevice::ReadOnly);
    const QByteArray bytes = file.readAll();
    print("header check", median(runs, [&] { (void)FileHeader::check(bytes, 2); }));
    print("private copy (deserialise, harden)", median(runs, [&] {
              SqliteDatabase db;
              (void)db.openCopyOf(bytes, std::chrono::seconds(10));
          }));
    SqliteDatabase db;
    (void)db.openCopyOf(bytes, std::chrono::seconds(10));
    print("PRAGMA quick_check", median(runs, [&] { (void)db.exec("PRAGMA quick_check(1)"); }));
    print("schema check", median(runs, [&] { (void)Schema::check(db, 2); }));
    ProjectValues values;
    print("reading rows (with per-value checks)", median(runs, [&] {
              ProjectReader reader(db);
              values = *reader.read();
          }));
    print("invariants", median(runs, [&] { (void)ProjectInvariants::check(values); }));
    print("checksum", median(runs, [&] { (void)ProjectChecksum::of(values); }));
    print("building the Project", median(runs, [&] { (void)values.toProject(); }));
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const int runs = 9;
    Project project;
    project.setMeta({QStringLiteral("Benchmark"), QStringLiteral("Anywhere"), {}});
    project.insertModel(largeModel());
    const LogicModel &model = *project.modelAt(0);

    test::TempDir dir;
    const QString path = dir.file(QStringLiteral("large.eqlm"));
    bool ok = true;
    const Timing save
        = median(runs, [&] { ok = ok && ProjectFile::save(project, path).has_value(); });
    const Timing bytes
        = median(runs, [&] { ok = ok && ProjectFile::toBytes(project).has_value(); });
    const Timing open = median(runs, [&] { ok = ok && ProjectFile::load(path).has_value(); });
    if (!ok) {
        std::fprintf(stderr, "a save or an open failed\n");
        return 1;
    }
    std::printf("Project file, %lld nodes, %lld links, file of %.1f MB (median of %d runs)\n",
                static_cast<long long>(model.nodes().size()),
                static_cast<long long>(model.links().size()),
                static_cast<double>(QFileInfo(path).size()) / 1e6, runs);
    print("save (build in memory, write, rename)", save);
    print("  of which building the bytes", bytes);
    print("open (every check)", open);
    if (argc > 1) // keep the file for inspection
        QFile::copy(path, QString::fromLocal8Bit(argv[1]));
    std::printf("Steps of opening:\n");
    openSteps(path, runs);
    return 0;
}
