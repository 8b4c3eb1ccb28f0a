#pragma once
// Small helpers shared by the sharing tests: a saved project to open, edits through commands,
// and the event loop turned until the working copy has caught up.
#include "commands/AddNodesCommand.h"
#include "document/Document.h"
#include "model/Project.h"
#include "sharing/WorkingCopy.h"
#include "storage/ProjectFile.h"

#include "ModelBuilder.h"
#include "TempDir.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QThread>
#include <catch2/catch.hpp>
#include <memory>

namespace el::test {

// A small project saved as Housing.eqlm in a temporary folder and opened from there, as the
// editor opens a file; `recovery` is a folder for its working copies.
struct OpenProject
{
    TempDir dir;
    QString path = dir.file(QStringLiteral("Housing.eqlm"));
    QString recovery = dir.file(QStringLiteral("recovery"));
    std::unique_ptr<Document> document;

    OpenProject()
    {
        ModelBuilder builder(QStringLiteral("Housing and Health"));
        builder.node(NodeKind::Input, QStringLiteral("Public health grant"));
        REQUIRE(ProjectFile::save(*builder.project(), path));
        auto project = ProjectFile::load(path);
        REQUIRE(project);
        document = std::make_unique<Document>(std::move(*project));
        document->setFilePath(path);
    }
};

inline QByteArray readAll(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

// Adds one activity called `title` to the first model, as the editor would.
inline void addActivity(Document &document, const QString &title)
{
    Node node;
    node.id = NodeId::create();
    node.kind = NodeKind::Activity;
    node.title = title;
    document.push(
        new AddNodesCommand(document.project(), document.project()->modelAt(0)->id(), {node}));
}

// Lets zero-timers run (the working copy commits on one) and turns the event loop until every
// working copy has finished writing on its worker thread.
inline void settle()
{
    QElapsedTimer timer;
    timer.start();
    do {
        QCoreApplication::processEvents(QEventLoop::AllEvents);
        QCoreApplication::processEvents(QEventLoop::AllEvents);
        if (WorkingCopy::busyCount() > 0)
            QThread::msleep(1);
    } while (WorkingCopy::busyCount() > 0 && timer.elapsed() < 10000);
}

inline QStringList nodeTitles(const Project &project)
{
    QStringList titles;
    for (const LogicModel *model : project.models())
        for (const Node &node : model->data().nodes)
            titles << node.title;
    return titles;
}

} // namespace el::test
