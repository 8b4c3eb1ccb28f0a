#pragma once
// A window manager whose questions are answered by the test, with a private recovery folder and
// a saved project on disk to open.
#include "../window/TestPrompts.h"
#include "TempDir.h"
#include "dialogs/RecoveryDialog.h"
#include "mainwindow/SessionPrompts.h"
#include "mainwindow/WindowManager.h"
#include "model/Project.h"

#include <QUrl>
#include <functional>

namespace el::test {

class TestSessionPrompts : public SessionPrompts
{
public:
    LockAnswer lockAnswer = LockAnswer::Cancel;
    DiskAnswer diskAnswer = DiskAnswer::KeepMine;
    int lockQuestions = 0;
    int diskQuestions = 0;
    LockInfo lastHolder;
    std::function<void(RecoveryDialog *)> onRecovery;
    QStringList information;
    QStringList started;
    QList<QUrl> opened;
    bool programStarts = true;

    LockAnswer askLocked(QWidget *, const QString &, const LockInfo &holder) override
    {
        ++lockQuestions;
        lastHolder = holder;
        return lockAnswer;
    }
    DiskAnswer askChangedOnDisk(QWidget *, const QString &) override
    {
        ++diskQuestions;
        return diskAnswer;
    }
    void runRecovery(RecoveryDialog *dialog) override
    {
        if (onRecovery)
            onRecovery(dialog);
    }
    void showInformation(QWidget *, const QString &title, const QString &message) override
    {
        information << title + QStringLiteral(": ") + message;
    }
    bool startProgram(const QString &program, const QStringList &arguments) override
    {
        started << program + QLatin1Char(' ') + arguments.join(QLatin1Char(' '));
        return programStarts;
    }
    bool openUrl(const QUrl &url) override
    {
        opened << url;
        return true;
    }
};

class SessionFixture
{
public:
    SessionFixture();
    ~SessionFixture();

    WindowManager &manager() { return m_manager; }
    TestPrompts *prompts() const { return m_prompts; }
    TestSessionPrompts *sessionPrompts() const { return m_sessionPrompts; }
    TempDir &dir() { return m_dir; }
    QString recoveryFolder() const;

    // Writes a small project called `title` (one model, one card) to `name` in the folder.
    QString writeProject(const QString &name, const QString &title = QStringLiteral("Luton test"));

private:
    TempDir m_dir;
    WindowManager m_manager;
    TestPrompts *m_prompts;
    TestSessionPrompts *m_sessionPrompts;
};

// Adds an activity called `title` to the first model of the window's document.
void addCard(class MainWindow *window, const QString &title);
QStringList cardTitles(const Project &project);
// Turns the event loop until `condition` holds or a few seconds have passed.
bool waitFor(const std::function<bool()> &condition);

} // namespace el::test
