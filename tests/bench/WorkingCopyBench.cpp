// How long one change takes to reach the working copy on a large project (2,002 nodes), which
// is what every edit costs the user; and, for comparison, a full save in place.
// Run: cmake -DEL_BUILD_BENCH=ON ..., then ./tests/WorkingCopyBench
#include "commands/EditProjectCommand.h"
#include "document/Document.h"
#include "sharing/SafeSave.h"
#include "sharing/WorkingCopy.h"
#include "storage/ProjectFile.h"

#include "ModelBuilder.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QTemporaryDir>
#include <algorithm>
#include <cstdio>
#include <vector>

using namespace el;

namespace {
double median(std::vector<double> v)
{
    std::sort(v.begin(), v.end());
    return v[v.size() / 2];
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
    std::vector<double> commits;
    for (int i = 0; i < 30; ++i) {
        ProjectMeta meta = document.project()->meta();
        meta.title = QStringLiteral("Edit %1").arg(i);
        document.push(new EditProjectCommand(document.project(), meta));
        QElapsedTimer timer;
        timer.start();
        if (!copy.commitNow())
            return 1;
        commits.push_back(static_cast<double>(timer.nsecsElapsed()) / 1e6);
    }

    const QString target = dir.filePath(QStringLiteral("Project.eqlm"));
    std::vector<double> saves;
    for (int i = 0; i < 10; ++i) {
        QElapsedTimer timer;
        timer.start();
        if (!SafeSave::save(*document.project(), target))
            return 1;
        saves.push_back(static_cast<double>(timer.nsecsElapsed()) / 1e6);
    }
    std::printf("%d nodes, file %lld bytes\n", nodes, QFileInfo(target).size());
    std::printf("working copy commit per change: median %.1f ms (min %.1f, max %.1f) over %zu\n",
                median(commits), *std::min_element(commits.begin(), commits.end()),
                *std::max_element(commits.begin(), commits.end()), commits.size());
    std::printf("safe save in place: median %.1f ms over %zu\n", median(saves), saves.size());
    return 0;
}
