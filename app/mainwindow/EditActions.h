#pragma once
// The Edit menu of a window: undo and redo, the clipboard (cut, copy, paste, duplicate), delete,
// select all and find. Each change is one push on the document's undo stack.
#include "model/Ids.h"

#include <QObject>

class QAction;
class QMenuBar;
class QToolBar;

namespace el {

class FindBar;
class MainWindow;
struct ModelData;

class EditActions : public QObject
{
    Q_OBJECT
public:
    explicit EditActions(MainWindow *window);

    void fillMenuBar(QMenuBar *bar);
    void fillToolBar(QToolBar *bar);
    FindBar *findBar() const { return m_findBar; }
    // Insert > Connect to a Card… (Ctrl+L): an arrow from the selected card, chosen from a list.
    QAction *connectAction() const { return m_connect; }
    // For the canvas's context menu.
    QList<QAction *> selectionActions() const { return {m_cut, m_copy, m_duplicate, m_delete}; }
    QAction *deleteAction() const { return m_delete; }
    QAction *pasteAction() const { return m_paste; }
    QAction *selectAllAction() const { return m_selectAll; }

    void copy();
    void cut();
    void paste();
    void duplicate();
    void deleteSelection();
    void selectAll();
    void connectFromSelection();
    // Enables what the selection and the clipboard allow.
    void updateEnabled();

private:
    // Adds a copy of the fragment to the current model as one undo step and selects it.
    void insertFragment(ModelData fragment, const QString &text, bool centre);

    MainWindow *m_window;
    FindBar *m_findBar;
    QAction *m_undo;
    QAction *m_redo;
    QAction *m_cut;
    QAction *m_copy;
    QAction *m_paste;
    QAction *m_duplicate;
    QAction *m_delete;
    QAction *m_selectAll;
    QAction *m_find;
    QAction *m_connect;
    int m_pasteCount = 0;
};

} // namespace el
