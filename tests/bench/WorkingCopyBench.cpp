// What one change costs the user on a large project (2,002 nodes) because of the working copy:
// before, the whole file was written on the GUI thread (commitNow() still does that, so it gives
// the old figure); now the GUI thread only takes a copy of the values and a worker writes it.
// Also a burst of quick changes (how many writes, how long until the last state is on disk), and
// for comparison a full save in place.
// Run: cmake -DEL_BUILD_BENCH=ON ..., then ./tests/WorkingCopyBench
#include "commands/EditProjectCommand.h"
#include "document/Document.h"
#include "sharing/SafeSave.h"
#include "sharing/WorkingCopy.h"
#include "storage/ProjectFile.h"

#include "BenchSupport.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QTemporaryDir>
#include <QThread>
#include <algorithm>
#include <cstdio>
#include <vector>

using namespace el;
using bench::median;
using bench::ms;

namespace {

void edit(Document &document, int i)
{
    ProjectMeta meta = document.project()->meta();
    meta.title = QStringLiteral("Edit %1").arg(i);
    document.push(new EditProjectCommand(document.project(), meta));
}

void waitIdle(const WorkingCopy &copy)
{
    while (copy.isBusy()) {
        QCoreApplication::processEvents();
        QThread::msleep(1);
    }
}

void report(const char *what, const std::vector<double> &v)
{
    std::printf("%s: median %.2f ms (min %.2f, max %.2f) over %zu\n", what, median(v),
                *std::min_element(v.begin(), v.end()), *std::max_element(v.begin(), v.end()),
                v.size());
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QTemporaryDir dir;
    test::ModelBuilder builder;
    builder.data() = test::layeredModel(286, 2);
    auto project = builder.project();
    int nodes = 0;
    for (const LogicModel *model : project->models())
        nodes += static_cast<int>(model->nodes().size());

    Document document(std::move(project));
    WorkingCopy copy(&document, dir.filePath(QStringLiteral("recovery")));
    int commits = 0;
    QObject::connect(&copy, &WorkingCopy::committed, [&commits] { ++commits; });
    int i = 0;

    // Before: the whole file written on the GUI thread after each change.
    std::vector<double> synchronous;
    for (int n = 0; n < 20; ++n) {
        edit(document, ++i);
        QElapsedTimer timer;
        timer.start();
        if (!copy.commitNow())
            return 1;
        synchronous.push_back(ms(timer));
    }

    // Now: one change at a time, the previous write finished. Timed: the turn of the event loop
    // in which the working copy takes its copy and hands it to the worker; and the whole edit.
    std::vector<double> handOff;
    std::vector<double> wholeEdit;
    for (int n = 0; n < 30; ++n) {
        waitIdle(copy);
        QElapsedTimer whole;
        whole.start();
        edit(document, ++i);
        QElapsedTimer timer;
        timer.start();
        QCoreApplication::processEvents();
        handOff.push_back(ms(timer));
        wholeEdit.push_back(ms(whole));
    }
    waitIdle(copy);

    // A burst: 50 changes, one per turn of the event loop, with no pause.
    commits = 0;
    std::vector<double> burstTurns;
    QElapsedTimer burst;
    burst.start();
    for (int n = 0; n < 50; ++n) {
        edit(document, ++i);
        QElapsedTimer timer;
        timer.start();
        QCoreApplication::processEvents();
        burstTurns.push_back(ms(timer));
    }
    const double burstEdits = ms(burst);
    waitIdle(copy);
    const double burstDone = ms(burst);
    const auto kept = ProjectFile::load(copy.copyPath());
    const bool last = kept && (*kept)->title() == QStringLiteral("Edit %1").arg(i);

    const QString target = dir.filePath(QStringLiteral("Project.eqlm"));
    std::vector<double> saves;
    for (int n = 0; n < 10; ++n) {
        QElapsedTimer timer;
        timer.start();
        if (!SafeSave::save(*document.project(), target))
            return 1;
        saves.push_back(ms(timer));
    }
    std::printf("%d nodes, file %lld bytes\n", nodes, QFileInfo(target).size());
    report("before: whole write on the GUI thread per change", synchronous);
    report("now: GUI-thread hand-off per change", handOff);
    report("now: whole edit (command + hand-off)", wholeEdit);
    report("burst of 50: GUI-thread time per turn", burstTurns);
    std::printf(
        "burst of 50: %d writes; edits took %.0f ms, last state on disk after %.0f ms (%s)\n",
        commits, burstEdits, burstDone, last ? "it is the last state" : "NOT the last state");
    report("safe save in place", saves);
    return last ? 0 : 1;
}
