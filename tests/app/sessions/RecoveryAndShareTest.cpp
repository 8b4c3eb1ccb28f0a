// Work left by a session that ended without saving is offered at the next start, and Recover
// brings every change back as an unsaved document at its own path; Share by Email hands a copy
// to the mail program or shows it in the file manager.
#include "SessionFixture.h"
#include "commands/AddNodesCommand.h"
#include "document/Document.h"
#include "mainwindow/FileActions.h"
#include "mainwindow/MainWindow.h"
#include "mainwindow/SessionController.h"
#include "mainwindow/ShareByEmail.h"
#include "mainwindow/StartupRecovery.h"
#include "sharing/RecoveryStore.h"
#include "sharing/WorkingCopy.h"
#include "storage/ProjectFile.h"

#include <QAction>
#include <QFile>
#include <QFileInfo>
#include <QPushButton>
#include <QStandardPaths>
#include <QTest>
#include <catch2/catch.hpp>

using namespace el;

namespace {
// A session that made two changes to `path` and then died: its working copy is left behind.
void leaveUnsavedWork(test::SessionFixture &f, const QString &path)
{
    auto project = ProjectFile::load(path);
    REQUIRE(project.has_value());
    Document document(std::move(*project));
    document.setFilePath(path);
    auto *copy = new WorkingCopy(&document, f.recoveryFolder());
    Node node;
    node.id = NodeId::create();
    node.kind = NodeKind::Activity;
    node.title = QStringLiteral("Recovered card");
    document.push(
        new AddNodesCommand(document.project(), document.project()->modelAt(0)->id(), {node}));
    node.id = NodeId::create();
    node.title = QStringLiteral("Second recovered card");
    document.push(
        new AddNodesCommand(document.project(), document.project()->modelAt(0)->id(), {node}));
    REQUIRE(test::waitFor([&] { return copy->hasCopy(); }));
    QTest::qWait(20);
    delete copy; // like a crash: the files stay
}
} // namespace

TEST_CASE("The recovery dialog lists unsaved work and Recover brings every change back")
{
    test::SessionFixture f;
    const QString path = f.writeProject(QStringLiteral("Luton.eqlm"));
    const QByteArray before = [&] {
        QFile file(path);
        REQUIRE(file.open(QIODevice::ReadOnly));
        return file.readAll();
    }();
    leaveUnsavedWork(f, path);
    const auto leftOver = RecoveryStore(f.recoveryFolder()).entries();
    REQUIRE(leftOver.size() == 1);

    QString listed;
    f.sessionPrompts()->onRecovery = [&](RecoveryDialog *dialog) {
        REQUIRE(dialog->entries().size() == 1);
        listed = dialog->rowText(0);
        dialog->button(0, RecoveryDialog::Choice::Recover)->click();
    };
    StartupRecovery recovery(&f.manager());
    REQUIRE(recovery.run());
    CHECK(listed.contains(QStringLiteral("Luton.eqlm")));
    CHECK(listed.contains(QStringLiteral("2 changes")));

    REQUIRE(f.manager().windows().size() == 1);
    MainWindow *window = f.manager().windows().constFirst();
    Document *document = window->document();
    CHECK(document->filePath() == path);
    CHECK(document->isModified());
    CHECK(window->isWindowModified());
    CHECK(test::cardTitles(*document->project()).contains(QStringLiteral("Recovered card")));
    CHECK(test::cardTitles(*document->project()).contains(QStringLiteral("Second recovered card")));
    // The old working copy is gone; the new window keeps its own.
    CHECK_FALSE(QFile::exists(leftOver.constFirst().sidecarPath));
    const auto now = RecoveryStore(f.recoveryFolder()).entries();
    REQUIRE(now.size() == 1);
    CHECK(now.constFirst().originalPath == path);
    {
        QFile file(path);
        REQUIRE(file.open(QIODevice::ReadOnly));
        CHECK(file.readAll() == before);
    }

    // Save writes the original file, and nothing is left to recover.
    REQUIRE(window->fileActions()->save());
    CHECK(test::cardTitles(*ProjectFile::load(path).value())
              .contains(QStringLiteral("Second recovered card")));
    CHECK(RecoveryStore(f.recoveryFolder()).entries().isEmpty());
}

TEST_CASE("Recovered work can be saved elsewhere or thrown away from the recovery dialog")
{
    test::SessionFixture f;
    const QString path = f.writeProject(QStringLiteral("Luton.eqlm"));
    leaveUnsavedWork(f, path);
    StartupRecovery recovery(&f.manager());

    SECTION("Save As")
    {
        const QString elsewhere = f.dir().file(QStringLiteral("Luton recovered.eqlm"));
        f.prompts()->fileName = elsewhere;
        f.sessionPrompts()->onRecovery = [&](RecoveryDialog *dialog) {
            dialog->button(0, RecoveryDialog::Choice::SaveAs)->click();
            CHECK(dialog->entries().isEmpty());
        };
        REQUIRE(recovery.run());
        CHECK(test::cardTitles(*ProjectFile::load(elsewhere).value())
                  .contains(QStringLiteral("Recovered card")));
    }
    SECTION("Discard")
    {
        f.sessionPrompts()->onRecovery = [&](RecoveryDialog *dialog) {
            dialog->button(0, RecoveryDialog::Choice::Discard)->click();
        };
        REQUIRE(recovery.run());
        CHECK_FALSE(test::cardTitles(*ProjectFile::load(path).value())
                        .contains(QStringLiteral("Recovered card")));
    }
    CHECK(f.manager().windows().isEmpty());
    CHECK(RecoveryStore(f.recoveryFolder()).entries().isEmpty());
    CHECK_FALSE(recovery.run());
}

TEST_CASE("Share by Email writes a copy named after the project and hands it over")
{
    test::SessionFixture f;
    const QString path = f.writeProject(QStringLiteral("Luton.eqlm"), QStringLiteral("Luton Town"));
    MainWindow *window = f.manager().openFile(path);
    REQUIRE(window);
    auto *share = window->session()->findChild<ShareByEmail *>();
    REQUIRE(share);
    share->setOutbox(f.dir().file(QStringLiteral("outbox")));

    const QString copy = share->share();
    REQUIRE_FALSE(copy.isEmpty());
    CHECK(QFileInfo(copy).fileName().startsWith(QStringLiteral("Luton Town")));
    CHECK(ProjectFile::load(copy).has_value());
    if (!QStandardPaths::findExecutable(QStringLiteral("xdg-email")).isEmpty()) {
        REQUIRE(f.sessionPrompts()->started.size() == 1);
        CHECK(
            f.sessionPrompts()->started.constFirst().endsWith(QStringLiteral("--attach ") + copy));
    } else {
        CHECK(f.sessionPrompts()->opened.size() == 1);
        CHECK(f.sessionPrompts()->information.size() == 1);
    }

    // Without a mail program to start, the folder is shown with an instruction.
    f.sessionPrompts()->programStarts = false;
    f.sessionPrompts()->opened.clear();
    f.sessionPrompts()->information.clear();
    REQUIRE_FALSE(share->share().isEmpty());
    REQUIRE(f.sessionPrompts()->opened.size() == 1);
    CHECK(f.sessionPrompts()->opened.constFirst().toLocalFile()
          == f.dir().file(QStringLiteral("outbox")));
    REQUIRE(f.sessionPrompts()->information.size() == 1);
    CHECK(f.sessionPrompts()->information.constFirst().contains(QStringLiteral("attach")));
}
