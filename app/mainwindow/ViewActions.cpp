#include "mainwindow/ViewActions.h"

#include "canvas/CanvasStyle.h"
#include "canvas/CanvasView.h"
#include "mainwindow/Icons.h"
#include "mainwindow/MainWindow.h"
#include "model/NodeKind.h"

#include <QAction>
#include <QLabel>
#include <QMenu>
#include <QMenuBar>
#include <QToolBar>

namespace el {

ViewActions::ViewActions(MainWindow *window)
    : QObject(window)
    , m_window(window)
{
    CanvasView *canvas = window->canvas();
    m_zoomIn = new QAction(Icons::get(Icons::ZoomIn), tr("Zoom &In"), this);
    m_zoomIn->setShortcuts(QKeySequence::ZoomIn);
    connect(m_zoomIn, &QAction::triggered, canvas, &CanvasView::zoomIn);
    m_zoomOut = new QAction(Icons::get(Icons::ZoomOut), tr("Zoom &Out"), this);
    m_zoomOut->setShortcuts(QKeySequence::ZoomOut);
    connect(m_zoomOut, &QAction::triggered, canvas, &CanvasView::zoomOut);
    // The shortcuts of Office and most drawing programs: fit is Ctrl+0, actual size Ctrl+1.
    m_fit = new QAction(Icons::get(Icons::ZoomFit), tr("&Fit to Window"), this);
    m_fit->setIconText(tr("Fit"));
    m_fit->setShortcut(QKeySequence(tr("Ctrl+0")));
    connect(m_fit, &QAction::triggered, canvas, &CanvasView::zoomToFit);
    m_actual = new QAction(Icons::get(Icons::ZoomActual), tr("&Actual Size"), this);
    m_actual->setIconText(tr("100%"));
    m_actual->setShortcut(QKeySequence(tr("Ctrl+1")));
    connect(m_actual, &QAction::triggered, canvas, &CanvasView::actualSize);

    QString usedKeys;
    for (NodeKind kind : allNodeKinds) {
        QString name = nodeKindCapitalName(kind);
        // A keyboard mnemonic for each kind (Alt+I, then the letter): the first free letter.
        for (qsizetype i = 0; i < name.size(); ++i) {
            const QChar key = name.at(i).toLower();
            if (key.isLetter() && !usedKeys.contains(key)) {
                usedKeys += key;
                name.insert(i, QLatin1Char('&'));
                break;
            }
        }
        auto *action = new QAction(Icons::card(CanvasStyle::kindColour(kind)), name, this);
        action->setToolTip(tr("Add a card to the %1 column").arg(nodeKindTitle(kind)));
        action->setObjectName(QStringLiteral("add-") + nodeKindKey(kind));
        const int k = static_cast<int>(kind);
        connect(action, &QAction::triggered, canvas, [canvas, k] { canvas->addNodeOfKind(k); });
        m_addNode << action;
    }
}

void ViewActions::fillMenuBar(QMenuBar *bar, const QList<QAction *> &insertExtras)
{
    QMenu *view = bar->addMenu(tr("&View"));
    view->addAction(m_zoomIn);
    view->addAction(m_zoomOut);
    view->addAction(m_fit);
    view->addAction(m_actual);
    view->addSeparator();
    m_panels = view->addMenu(tr("&Panels"));

    QMenu *insert = bar->addMenu(tr("&Insert"));
    for (QAction *action : std::as_const(m_addNode))
        insert->addAction(action);
    if (!insertExtras.isEmpty()) {
        insert->addSeparator();
        insert->addActions(insertExtras);
    }
}

void ViewActions::fillToolBar(QToolBar *bar)
{
    bar->addAction(m_zoomIn);
    bar->addAction(m_zoomOut);
    bar->addAction(m_fit);
    bar->addAction(m_actual);
}

QToolBar *ViewActions::createAddToolBar(QMainWindow *parent)
{
    auto *bar = new QToolBar(tr("Add a card"), parent);
    bar->setObjectName(QStringLiteral("AddCardToolBar"));
    bar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    bar->setIconSize(QSize(18, 18));
    auto *label = new QLabel(tr("Add a card:"), bar);
    label->setContentsMargins(6, 0, 6, 0);
    bar->addWidget(label);
    for (QAction *action : std::as_const(m_addNode))
        bar->addAction(action);
    if (m_panels)
        m_panels->addAction(bar->toggleViewAction());
    return bar;
}

void ViewActions::addViewToggles(const QList<QAction *> &toggles)
{
    if (!m_panels)
        return;
    for (QAction *toggle : toggles)
        m_panels->addAction(toggle);
}

} // namespace el
