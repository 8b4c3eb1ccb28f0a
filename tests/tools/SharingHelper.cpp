// A small program the sharing end-to-end scripts drive: it edits a project the way the editor
// does (commands on a Document, followed by a WorkingCopy), saves in a loop, or reports how a file
// opens, so that scripts can kill it with SIGKILL at any moment and check what survives.
//
//   el_sharing_helper edit FILE RECOVERY_DIR     edits for ever, printing "committed N" each time
//   el_sharing_helper recover RECOVERY_DIR       prints each working copy and its node titles
//   el_sharing_helper saveloop FILE [storage]    saves versions 1, 2, 3, ... for ever
//   el_sharing_helper check FILE                 prints the title, or the refusal (exit 2)
//   el_sharing_helper open FILE                  prints how the file would open (read-only, lock)
#include "document/Document.h"
#include "sharing/LockFile.h"
#include "sharing/RecoveryStore.h"
#include "sharing/SafeSave.h"
#include "sharing/WorkingCopy.h"
#include "sharing/WriteAccess.h"
#include "storage/ProjectFile.h"

#include "ModelBuilder.h"

#include "commands/AddNodesCommand.h"

#include <QCoreApplication>
#include <QTimer>
#include <cstdio>

using namespace el;

namespace {

void say(const QString &line)
{
    std::fputs(qPrintable(line + QLatin1Char('\n')), stdout);
    std::fflush(stdout);
}

int fail(const QString &message)
{
    std::fputs(qPrintable(message + QLatin1Char('\n')), stderr);
    return 2;
}

int edit(const QString &path, const QString &recovery)
{
    auto project = ProjectFile::load(path);
    if (!project)
        return fail(project.error());
    Document document(std::move(*project));
    document.setFilePath(path);
    WorkingCopy copy(&document, recovery);
    int edits = 0;
    QObject::connect(&copy, &WorkingCopy::committed,
                     [&] { say(QStringLiteral("committed %1").arg(copy.writtenChangeCount())); });
    QObject::connect(&copy, &WorkingCopy::failed, [](const QString &m) { fail(m); });
    QTimer timer;
    timer.setInterval(5);
    QObject::connect(&timer, &QTimer::timeout, [&] {
        ++edits;
        Node node;
        node.id = NodeId::create();
        node.kind = NodeKind::Activity;
        node.title = QStringLiteral("Edit %1").arg(edits);
        document.push(
            new AddNodesCommand(document.project(), document.project()->modelAt(0)->id(), {node}));
    });
    timer.start();
    return QCoreApplication::exec();
}

int recover(const QString &folder)
{
    RecoveryStore store(folder);
    for (const RecoveryEntry &entry : store.entries()) {
        say(QStringLiteral("entry %1 changes %2").arg(entry.displayName()).arg(entry.changes));
        auto project = store.recover(entry);
        if (!project)
            return fail(project.error());
        for (const LogicModel *model : (*project)->models())
            for (const Node &node : model->nodes())
                say(QStringLiteral("node %1").arg(node.title));
    }
    return 0;
}

int saveLoop(const QString &path, bool storage)
{
    // Large enough that a save takes a while, so kills land in the middle of one.
    test::ModelBuilder builder;
    builder.data() = test::layeredModel(40, 2);
    auto project = builder.project();
    for (int version = 1;; ++version) {
        ProjectMeta meta = project->meta();
        meta.title = QStringLiteral("version %1").arg(version);
        project->setMeta(meta);
        const auto saved
            = storage ? ProjectFile::save(*project, path) : SafeSave::save(*project, path);
        if (!saved)
            return fail(saved.error());
        say(QStringLiteral("saved %1").arg(version));
    }
}

int check(const QString &path)
{
    auto project = ProjectFile::load(path);
    if (!project)
        return fail(project.error());
    say((*project)->title());
    return 0;
}

int open(const QString &path)
{
    const QString reason = WriteAccess::readOnlyReason(path);
    say(reason.isEmpty() ? QStringLiteral("writable") : QStringLiteral("read-only: ") + reason);
    if (!reason.isEmpty()) {
        // Read-only: opened, never written, no lock.
        auto project = ProjectFile::load(path);
        if (!project)
            return fail(project.error());
        say(QStringLiteral("opened %1").arg((*project)->title()));
        const auto saved = SafeSave::save(**project, path, FileFingerprint::of(path));
        say(saved ? QStringLiteral("save: written")
                  : QStringLiteral("save: refused: ") + saved.error());
        return 0;
    }
    LockFile lock(path);
    switch (lock.tryLock()) {
    case LockFile::Outcome::Acquired:
        say(QStringLiteral("lock: acquired"));
        break;
    case LockFile::Outcome::HeldByOther:
        say(QStringLiteral("lock: held by ") + lock.holder()->describe());
        break;
    case LockFile::Outcome::NotWritable:
        say(QStringLiteral("lock: not writable: ") + lock.reason());
        break;
    }
    return 0;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments().mid(1);
    const QString mode = args.value(0);
    if (mode == QLatin1String("edit") && args.size() == 3)
        return edit(args[1], args[2]);
    if (mode == QLatin1String("recover") && args.size() == 2)
        return recover(args[1]);
    if (mode == QLatin1String("saveloop") && args.size() >= 2)
        return saveLoop(args[1], args.value(2) == QLatin1String("storage"));
    if (mode == QLatin1String("check") && args.size() == 2)
        return check(args[1]);
    if (mode == QLatin1String("open") && args.size() == 2)
        return open(args[1]);
    return fail(QStringLiteral("usage: el_sharing_helper edit|recover|saveloop|check|open ..."));
}
