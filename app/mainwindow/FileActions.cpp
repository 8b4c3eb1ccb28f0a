#include "mainwindow/FileActions.h"

#include "document/Document.h"
#include "mainwindow/DocumentIO.h"
#include "mainwindow/Icons.h"
#include "mainwindow/MainWindow.h"
#include "mainwindow/Prompts.h"
#include "mainwindow/RecentFiles.h"
#include "mainwindow/SessionController.h"
#include "mainwindow/WindowManager.h"

#include <QAction>
#include <QDir>
#include <QFileInfo>
#include <QMenu>
#include <QMenuBar>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QToolBar>

namespace el {

FileActions::FileActions(MainWindow *window)
    : QObject(window)
    , m_window(window)
{
    m_new = new QAction(Icons::get(Icons::New), tr("&New Project"), this);
    m_new->setShortcuts(QKeySequence::New);
    m_new->setToolTip(tr("Start a new, empty project"));
    connect(m_new, &QAction::triggered, this,
            [this] { m_window->manager()->newProject(m_window); });

    m_open = new QAction(Icons::get(Icons::Open), tr("&Open\u2026"), this);
    m_open->setShortcuts(QKeySequence::Open);
    m_open->setToolTip(tr("Open a project file"));
    connect(m_open, &QAction::triggered, this, &FileActions::open);

    m_import = new QAction(tr("&Import JSON\u2026"), this);
    m_import->setToolTip(tr("Open a JSON interchange file as a new project"));
    connect(m_import, &QAction::triggered, this, &FileActions::importJson);

    m_save = new QAction(Icons::get(Icons::Save), tr("&Save"), this);
    m_save->setShortcuts(QKeySequence::Save);
    m_save->setToolTip(tr("Save the project"));
    connect(m_save, &QAction::triggered, this, &FileActions::save);

    m_saveAs = new QAction(tr("Save &As\u2026"), this);
    // Windows and some Linux desktops define no Save As keys; Ctrl+Shift+S is what people expect.
    m_saveAs->setShortcuts(QKeySequence::keyBindings(QKeySequence::SaveAs).isEmpty()
                               ? QList<QKeySequence>{QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_S)}
                               : QKeySequence::keyBindings(QKeySequence::SaveAs));
    connect(m_saveAs, &QAction::triggered, this, &FileActions::saveAs);

    m_close = new QAction(tr("&Close"), this);
    m_close->setShortcuts(QKeySequence::Close);
    connect(m_close, &QAction::triggered, m_window, &QWidget::close);

    m_quit = new QAction(tr("&Quit"), this);
    m_quit->setShortcuts(QKeySequence::Quit);
    m_quit->setMenuRole(QAction::QuitRole);
    connect(m_quit, &QAction::triggered, this, [this] { m_window->manager()->closeAll(); });

    connect(m_window->manager()->recentFiles(), &RecentFiles::changed, this,
            &FileActions::updateRecentMenu);
}

void FileActions::fillMenuBar(QMenuBar *bar, const QList<QAction *> &exports)
{
    QMenu *menu = bar->addMenu(tr("&File"));
    menu->addAction(m_new);
    menu->addAction(m_open);
    m_recentMenu = menu->addMenu(tr("Open &Recent"));
    updateRecentMenu();
    menu->addAction(m_import);
    menu->addSeparator();
    menu->addAction(m_save);
    menu->addAction(m_saveAs);
    menu->addAction(m_window->session()->shareAction());
    menu->addSeparator();
    if (!exports.isEmpty()) {
        menu->addActions(exports);
        menu->addSeparator();
    }
    menu->addAction(m_close);
    menu->addAction(m_quit);
}

void FileActions::fillToolBar(QToolBar *bar)
{
    bar->addAction(m_new);
    bar->addAction(m_open);
    bar->addAction(m_save);
}

bool FileActions::save()
{
    Document *document = m_window->document();
    if (document->filePath().isEmpty() || document->isReadOnly())
        return saveAs();
    return saveTo(document->filePath());
}

bool FileActions::saveAs()
{
    Document *document = m_window->document();
    QString suggestion = document->filePath();
    if (suggestion.isEmpty()) {
        QString name = document->project()->title().trimmed();
        name.replace(QRegularExpression(QStringLiteral("[\\\\/:*?\"<>|]")), QStringLiteral("-"));
        if (name.isEmpty())
            name = tr("Untitled");
        const QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
        suggestion = QDir(folder).filePath(name + QStringLiteral(".eqlm"));
    }
    QString path = prompts()->askSaveFileName(m_window, tr("Save Project As"), suggestion,
                                              tr("Equity Logic projects (*.eqlm)"));
    if (path.isEmpty())
        return false;
    if (QFileInfo(path).suffix().isEmpty())
        path += QStringLiteral(".eqlm");
    return saveTo(path);
}

bool FileActions::saveTo(const QString &path)
{
    // Through the session: the lock, the watch and the working copy follow the file.
    auto saved = m_window->session()->saveTo(path);
    if (!saved) {
        prompts()->showError(m_window, tr("Your changes were not saved"),
                             tr("%1\n\nYour work is still open in this window. Try Save As to "
                                "save it in another folder or under another name.")
                                 .arg(saved.error()));
        return false;
    }
    m_window->manager()->recentFiles()->add(m_window->document()->filePath());
    m_window->showStatus(tr("Saved %1").arg(m_window->document()->displayName()));
    return true;
}

bool FileActions::maybeSave()
{
    Document *document = m_window->document();
    if (!document->isModified())
        return true;
    switch (prompts()->askToSave(m_window, document->displayName())) {
    case Prompts::SaveAnswer::Save:
        return save();
    case Prompts::SaveAnswer::Discard:
        return true;
    case Prompts::SaveAnswer::Cancel:
        return false;
    }
    return false;
}

void FileActions::open()
{
    const QString path
        = prompts()->askOpenFileName(m_window, tr("Open Project"), DocumentIO::projectFilter());
    if (!path.isEmpty())
        m_window->manager()->openFile(path, m_window);
}

void FileActions::importJson()
{
    const QString path
        = prompts()->askOpenFileName(m_window, tr("Import JSON"), DocumentIO::jsonFilter());
    if (!path.isEmpty())
        m_window->manager()->importJson(path, m_window);
}

void FileActions::updateRecentMenu()
{
    if (!m_recentMenu)
        return;
    m_recentMenu->clear();
    const QStringList files = m_window->manager()->recentFiles()->files();
    for (int i = 0; i < files.size(); ++i) {
        const QString path = files.at(i);
        QAction *action = m_recentMenu->addAction(
            tr("&%1 %2").arg(i + 1).arg(QFileInfo(path).fileName()), this,
            [this, path] { m_window->manager()->openFile(path, m_window); });
        action->setToolTip(QDir::toNativeSeparators(path));
        action->setStatusTip(QDir::toNativeSeparators(path));
    }
    if (files.isEmpty()) {
        m_recentMenu->addAction(tr("No recent projects"))->setEnabled(false);
    } else {
        m_recentMenu->addSeparator();
        m_recentMenu->addAction(tr("Clear List"), this,
                                [this] { m_window->manager()->recentFiles()->clear(); });
    }
}

Prompts *FileActions::prompts() const
{
    return m_window->manager()->prompts();
}

} // namespace el
