#include "mainwindow/WindowManager.h"

#include "mainwindow/DocumentIO.h"
#include "mainwindow/MainWindow.h"
#include "mainwindow/Prompts.h"
#include "mainwindow/RecentFiles.h"
#include "mainwindow/SessionController.h"
#include "mainwindow/SessionPrompts.h"
#include "sharing/RecoveryStore.h"

#include <QFileInfo>

namespace el {

WindowManager::WindowManager(QObject *parent)
    : QObject(parent)
    , m_prompts(std::make_unique<Prompts>())
    , m_sessionPrompts(std::make_unique<SessionPrompts>())
    , m_recoveryFolder(RecoveryStore::defaultFolder())
    , m_recentFiles(new RecentFiles(this))
{}

WindowManager::~WindowManager()
{
    const QList<MainWindow *> windows = m_windows;
    m_windows.clear();
    qDeleteAll(windows);
}

void WindowManager::setPrompts(std::unique_ptr<Prompts> prompts)
{
    m_prompts = std::move(prompts);
}

void WindowManager::setSessionPrompts(std::unique_ptr<SessionPrompts> prompts)
{
    m_sessionPrompts = std::move(prompts);
}

MainWindow *WindowManager::showDocument(std::unique_ptr<Document> document, MainWindow *replacing,
                                        DocumentSession::Mode mode)
{
    auto *window = new MainWindow(this, std::move(document));
    window->session()->start(mode);
    connect(window, &QObject::destroyed, this, [this, window] { m_windows.removeAll(window); });
    m_windows << window;
    if (replacing && replacing->isUntouched()) {
        window->setGeometry(replacing->geometry());
        window->restoreState(replacing->saveState());
        replacing->close();
    } else if (replacing) {
        // Cascade so the new window does not hide the old one exactly.
        window->move(replacing->pos() + QPoint(32, 32));
    }
    window->show();
    window->raise();
    return window;
}

MainWindow *WindowManager::newProject(MainWindow *from)
{
    return showDocument(DocumentIO::newDocument(), from);
}

MainWindow *WindowManager::openFile(const QString &path, MainWindow *from)
{
    if (MainWindow *open = findWindow(path)) {
        open->raise();
        open->activateWindow();
        return open;
    }
    // Someone else may have it open: ask first (SessionOpening.cpp).
    const auto how = askHowToOpen(path, from);
    if (!how)
        return nullptr;
    auto document = DocumentIO::open(path);
    if (!document) {
        m_prompts->showError(from, tr("The project could not be opened"), document.error());
        if (!QFileInfo::exists(path))
            m_recentFiles->remove(path);
        return nullptr;
    }
    if (!(*document)->filePath().isEmpty())
        m_recentFiles->add((*document)->filePath());
    if (how->asCopy)
        (*document)->setFilePath(QString());
    return showDocument(std::move(*document), from, how->mode);
}

MainWindow *WindowManager::importJson(const QString &path, MainWindow *from)
{
    auto document = DocumentIO::importJson(path);
    if (!document) {
        m_prompts->showError(from, tr("The file could not be imported"), document.error());
        return nullptr;
    }
    return showDocument(std::move(*document), from);
}

MainWindow *WindowManager::openSample(MainWindow *from)
{
    auto document = DocumentIO::openSample();
    if (!document) {
        m_prompts->showError(from, tr("The sample could not be opened"), document.error());
        return nullptr;
    }
    return showDocument(std::move(*document), from);
}

bool WindowManager::closeAll()
{
    const QList<MainWindow *> windows = m_windows;
    for (MainWindow *window : windows) {
        if (!window->close())
            return false;
    }
    return true;
}

MainWindow *WindowManager::findWindow(const QString &path) const
{
    const QString absolute = QFileInfo(path).absoluteFilePath();
    for (MainWindow *window : m_windows) {
        if (window->documentPath() == absolute)
            return window;
    }
    return nullptr;
}

} // namespace el
