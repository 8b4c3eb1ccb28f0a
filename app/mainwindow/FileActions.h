#pragma once
// The File menu of a window: new, open (and recent), import, save, save as, close and quit,
// including the question about unsaved changes and the plain-words errors of a failed save.
#include <QObject>

class QAction;
class QMenu;
class QMenuBar;
class QToolBar;

namespace el {

class MainWindow;
class Prompts;

class FileActions : public QObject
{
    Q_OBJECT
public:
    explicit FileActions(MainWindow *window);

    // exports: the export and print actions, listed after Save As.
    void fillMenuBar(QMenuBar *bar, const QList<QAction *> &exports = {});
    void fillToolBar(QToolBar *bar);

    QAction *saveAction() const { return m_save; }

    // Each returns true when the document was saved.
    bool save();
    bool saveAs();
    bool saveTo(const QString &path);
    // Asks about unsaved changes (Save / Discard / Cancel); true when the window may close.
    bool maybeSave();

private:
    void open();
    void importJson();
    void updateRecentMenu();
    Prompts *prompts() const;

    MainWindow *m_window;
    QAction *m_new;
    QAction *m_open;
    QAction *m_import;
    QAction *m_save;
    QAction *m_saveAs;
    QAction *m_close;
    QAction *m_quit;
    QMenu *m_recentMenu = nullptr;
};

} // namespace el
