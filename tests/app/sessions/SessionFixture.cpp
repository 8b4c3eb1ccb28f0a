#include "SessionFixture.h"

#include "ModelBuilder.h"
#include "commands/AddNodesCommand.h"
#include "document/Document.h"
#include "mainwindow/MainWindow.h"
#include "storage/ProjectFile.h"

#include <QElapsedTimer>
#include <QTest>
#include <catch2/catch.hpp>

namespace el::test {

SessionFixture::SessionFixture()
{
    auto prompts = std::make_unique<TestPrompts>();
    m_prompts = prompts.get();
    m_manager.setPrompts(std::move(prompts));
    auto sessionPrompts = std::make_unique<TestSessionPrompts>();
    m_sessionPrompts = sessionPrompts.get();
    m_manager.setSessionPrompts(std::move(sessionPrompts));
    m_manager.setRecoveryFolder(recoveryFolder());
}

SessionFixture::~SessionFixture()
{
    // Close cleanly, throwing changes away, so that no lock or working copy is left behind.
    m_prompts->saveAnswer = Prompts::SaveAnswer::Discard;
    m_manager.closeAll();
}

QString SessionFixture::recoveryFolder() const
{
    return m_dir.file(QStringLiteral("recovery"));
}

QString SessionFixture::writeProject(const QString &name, const QString &title)
{
    ModelBuilder b(QStringLiteral("Housing and Health"));
    b.node(NodeKind::Activity, QStringLiteral("Insulate homes"), {8});
    auto project = b.project();
    project->setMeta({title, QStringLiteral("Luton"), QString()});
    const QString path = m_dir.file(name);
    REQUIRE(ProjectFile::save(*project, path).has_value());
    return path;
}

void addCard(MainWindow *window, const QString &title)
{
    Document *document = window->document();
    Node node;
    node.id = NodeId::create();
    node.kind = NodeKind::Activity;
    node.title = title;
    document->push(
        new AddNodesCommand(document->project(), document->project()->modelAt(0)->id(), {node}));
}

QStringList cardTitles(const Project &project)
{
    QStringList titles;
    for (const LogicModel *model : project.models())
        for (const Node &node : model->data().nodes)
            titles << node.title;
    return titles;
}

bool waitFor(const std::function<bool()> &condition)
{
    QElapsedTimer timer;
    timer.start();
    while (!condition()) {
        if (timer.elapsed() > 5000)
            return false;
        QTest::qWait(20);
    }
    return true;
}

} // namespace el::test
