#include "mainwindow/SessionController.h"

#include "document/Document.h"
#include "mainwindow/DocumentIO.h"
#include "mainwindow/FileActions.h"
#include "mainwindow/MainWindow.h"
#include "mainwindow/Prompts.h"
#include "mainwindow/ReadOnlyBar.h"
#include "mainwindow/SessionPrompts.h"
#include "mainwindow/ShareByEmail.h"
#include "mainwindow/WindowManager.h"
#include "sharing/WorkingCopy.h"

#include <QAction>
#include <QFileInfo>
#include <QStatusBar>

namespace el {

SessionController::SessionController(MainWindow *window, const QString &recoveryFolder)
    : QObject(window)
    , m_window(window)
    , m_session(new DocumentSession(window->document(), recoveryFolder, this))
    , m_bar(new ReadOnlyBar(window))
    , m_share(new ShareByEmail(window, this))
{
    Document *document = window->document();
    connect(document, &Document::readOnlyChanged, this, &SessionController::updateReadOnly);
    connect(m_bar, &ReadOnlyBar::saveAsRequested, this,
            [this] { m_window->fileActions()->saveAs(); });
    connect(m_session, &DocumentSession::changedOnDisk, this, &SessionController::changedOnDisk);
    connect(m_session, &DocumentSession::workingCopyFailed, this, [this](const QString &message) {
        if (m_failureShown)
            return;
        m_failureShown = true;
        m_window->statusBar()->showMessage(message);
    });
    // Once it works again, a later failure is worth saying again.
    connect(m_session->workingCopy(), &WorkingCopy::committed, this, [this] {
        if (m_failureShown)
            m_window->statusBar()->clearMessage();
        m_failureShown = false;
    });
}

QAction *SessionController::shareAction() const
{
    return m_share->action();
}

void SessionController::start(DocumentSession::Mode mode)
{
    m_session->start(mode);
    updateReadOnly();
}

Result<> SessionController::saveTo(const QString &path)
{
    const QString absolute = QFileInfo(path).absoluteFilePath();
    if (absolute == m_window->document()->filePath())
        return m_session->save();
    return m_session->saveAs(absolute);
}

void SessionController::close()
{
    m_session->close();
}

void SessionController::updateReadOnly()
{
    const bool readOnly = m_window->document()->isReadOnly();
    m_bar->setReason(readOnly ? m_session->readOnlyReason() : QString());
    // Save would write the file: only Save As is offered.
    if (QAction *save = m_window->fileActions()->saveAction())
        save->setEnabled(!readOnly);
}

void SessionController::changedOnDisk()
{
    if (m_asking)
        return;
    m_asking = true;
    const QString path = m_window->document()->filePath();
    const auto answer = m_window->manager()->sessionPrompts()->askChangedOnDisk(m_window, path);
    m_asking = false;
    if (answer == SessionPrompts::DiskAnswer::Reload) {
        reload();
        return;
    }
    if (m_window->fileActions()->saveAs())
        return;
    m_window->statusBar()->showMessage(
        tr("Your version is not saved yet: another program changed the file. Use Save As to keep "
           "it."));
}

void SessionController::reload()
{
    const QString path = m_window->document()->filePath();
    auto document = DocumentIO::open(path);
    if (!document) {
        m_window->manager()->prompts()->showError(m_window, tr("The project could not be reloaded"),
                                                  document.error());
        return;
    }
    // This window's version is thrown away: its lock and working copy go before the new window
    // takes the file, and closing it asks nothing.
    m_session->close();
    m_window->document()->markSaved();
    MainWindow *fresh = m_window->manager()->showDocument(std::move(*document));
    fresh->setGeometry(m_window->geometry());
    fresh->restoreState(m_window->saveState());
    m_window->close();
}

} // namespace el
