#include "mainwindow/CanvasMenu.h"

#include "canvas/CanvasView.h"
#include "canvas/ModelScene.h"
#include "canvas/SceneGestures.h"
#include "mainwindow/ArrangeActions.h"
#include "mainwindow/EditActions.h"
#include "mainwindow/MainWindow.h"
#include "mainwindow/ViewActions.h"

#include <QAction>
#include <QCoreApplication>
#include <QMenu>

namespace el::CanvasMenu {

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("el::CanvasMenu", text);
}
} // namespace

void popUp(MainWindow *window, const QPoint &globalPos, const QPointF &scenePos)
{
    CanvasView *canvas = window->canvas();
    ModelScene *scene = canvas->modelScene();
    EditActions *edit = window->editActions();
    const QList<NodeId> cards = canvas->selectedNodes();
    const bool editable = scene->isEditable();
    QMenu menu(window);
    menu.setObjectName(QStringLiteral("CanvasMenu"));
    if (!cards.isEmpty()) {
        if (cards.size() == 1) {
            QAction *rename = menu.addAction(tr("Edit Title"));
            rename->setEnabled(editable);
            const NodeId card = cards.first();
            QObject::connect(rename, &QAction::triggered, canvas,
                             [scene, card] { scene->gestures()->editTitle(card); });
            menu.addAction(edit->connectAction());
            menu.addSeparator();
        }
        menu.addActions(edit->selectionActions());
        if (cards.size() > 1) {
            menu.addSeparator();
            menu.addAction(window->arrangeActions()->tidyAction());
        }
    } else if (!canvas->selectedLinks().isEmpty()) {
        menu.addAction(edit->deleteAction());
    } else {
        if (const auto kind = scene->kindAt(scenePos); kind && editable) {
            QAction *add = menu.addAction(tr("Add a Card Here (%1)").arg(nodeKindName(*kind)));
            QObject::connect(add, &QAction::triggered, canvas,
                             [canvas, scene, k = *kind, scenePos] {
                                 scene->gestures()->beginAddNode(k, scenePos);
                                 canvas->setFocus(Qt::OtherFocusReason);
                             });
            menu.addSeparator();
        }
        menu.addAction(edit->pasteAction());
        menu.addAction(edit->selectAllAction());
        menu.addSeparator();
        menu.addAction(window->viewActions()->fitAction());
    }
    menu.exec(globalPos);
}

} // namespace el::CanvasMenu
