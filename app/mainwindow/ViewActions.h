#pragma once
// The View and Insert menus of a window: zoom, fit, actual size, which panels show, and one
// "add a card" action per kind (also on the toolbar's second row).
#include <QList>
#include <QObject>

class QAction;
class QMainWindow;
class QMenu;
class QMenuBar;
class QToolBar;

namespace el {

class MainWindow;

class ViewActions : public QObject
{
    Q_OBJECT
public:
    explicit ViewActions(MainWindow *window);

    // The Insert menu ends with the extra actions given (drawing an arrow).
    void fillMenuBar(QMenuBar *bar, const QList<QAction *> &insertExtras = {});
    void fillToolBar(QToolBar *bar);
    QToolBar *createAddToolBar(QMainWindow *parent);
    // The show/hide actions of the panels and toolbars, listed under View > Panels.
    void addViewToggles(const QList<QAction *> &toggles);
    const QList<QAction *> &addNodeActions() const { return m_addNode; }
    QAction *fitAction() const { return m_fit; }

private:
    MainWindow *m_window;
    QAction *m_zoomIn;
    QAction *m_zoomOut;
    QAction *m_fit;
    QAction *m_actual;
    QList<QAction *> m_addNode;
    QMenu *m_panels = nullptr;
};

} // namespace el
