#include "mainwindow/EditActions.h"

#include "canvas/CanvasView.h"
#include "canvas/ModelScene.h"
#include "commands/AddLinkCommand.h"
#include "commands/AddNodesCommand.h"
#include "commands/RemoveNodesCommand.h"
#include "dialogs/ConnectDialog.h"
#include "document/Document.h"
#include "mainwindow/FindBar.h"
#include "mainwindow/Icons.h"
#include "mainwindow/MainWindow.h"
#include "mainwindow/NodeClipboard.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QMenu>
#include <QMenuBar>
#include <QMimeData>
#include <QToolBar>
#include <QUndoStack>

namespace el {

namespace {
constexpr double pasteOffset = 24.0;
}

EditActions::EditActions(MainWindow *window)
    : QObject(window)
    , m_window(window)
    , m_findBar(new FindBar(window))
{
    QUndoStack *stack = window->document()->undoStack();
    m_undo = stack->createUndoAction(this, tr("&Undo"));
    m_undo->setIcon(Icons::get(Icons::Undo));
    m_undo->setShortcuts(QKeySequence::Undo);
    m_undo->setIconText(tr("Undo"));
    m_redo = stack->createRedoAction(this, tr("&Redo"));
    m_redo->setIcon(Icons::get(Icons::Redo));
    m_redo->setShortcuts(QKeySequence::Redo);
    m_redo->setIconText(tr("Redo"));

    // Every key the platform binds to the action (Cut is also Shift+Del, Paste also Shift+Ins).
    auto make = [this](Icons::Name icon, const QString &text, const QList<QKeySequence> &keys,
                       auto slot) {
        auto *action = new QAction(Icons::get(icon), text, this);
        action->setShortcuts(keys);
        connect(action, &QAction::triggered, this, slot);
        return action;
    };
    m_cut = make(Icons::Cut, tr("Cu&t"), QKeySequence::keyBindings(QKeySequence::Cut),
                 &EditActions::cut);
    m_copy = make(Icons::Copy, tr("&Copy"), QKeySequence::keyBindings(QKeySequence::Copy),
                  &EditActions::copy);
    m_paste = make(Icons::Paste, tr("&Paste"), QKeySequence::keyBindings(QKeySequence::Paste),
                   &EditActions::paste);
    m_duplicate = make(Icons::Duplicate, tr("D&uplicate"), {QKeySequence(tr("Ctrl+D"))},
                       &EditActions::duplicate);
    m_delete = make(Icons::Delete, tr("&Delete"), QKeySequence::keyBindings(QKeySequence::Delete),
                    &EditActions::deleteSelection);
    m_selectAll = make(Icons::Find, tr("Select &All"),
                       QKeySequence::keyBindings(QKeySequence::SelectAll), &EditActions::selectAll);
    m_selectAll->setIcon(QIcon());
    m_find = new QAction(Icons::get(Icons::Find), tr("&Find a Card\u2026"), this);
    m_find->setShortcuts(QKeySequence::Find);
    connect(m_find, &QAction::triggered, m_findBar, &FindBar::activate);

    m_connect = new QAction(tr("&Connect to a Card\u2026"), this);
    m_connect->setShortcut(QKeySequence(tr("Ctrl+L")));
    m_connect->setToolTip(tr("Draw an arrow from the selected card to a card you choose from a "
                             "list, without the mouse"));
    connect(m_connect, &QAction::triggered, this, &EditActions::connectFromSelection);

    m_cut->setToolTip(tr("Cut the selected cards"));
    m_copy->setToolTip(tr("Copy the selected cards"));
    m_paste->setToolTip(tr("Paste cards into this model"));
    m_delete->setToolTip(tr("Delete the selected cards and arrows"));

    connect(QApplication::clipboard(), &QClipboard::dataChanged, this, &EditActions::updateEnabled);
    updateEnabled();
}

void EditActions::fillMenuBar(QMenuBar *bar)
{
    QMenu *menu = bar->addMenu(tr("&Edit"));
    menu->addAction(m_undo);
    menu->addAction(m_redo);
    menu->addSeparator();
    menu->addAction(m_cut);
    menu->addAction(m_copy);
    menu->addAction(m_paste);
    menu->addAction(m_duplicate);
    menu->addAction(m_delete);
    menu->addSeparator();
    menu->addAction(m_selectAll);
    menu->addAction(m_find);
}

void EditActions::fillToolBar(QToolBar *bar)
{
    bar->addAction(m_undo);
    bar->addAction(m_redo);
    bar->addSeparator();
    bar->addAction(m_cut);
    bar->addAction(m_copy);
    bar->addAction(m_paste);
    bar->addAction(m_delete);
}

void EditActions::copy()
{
    const LogicModel *model = m_window->document()->project()->model(m_window->currentModel());
    const QList<NodeId> nodes = m_window->canvas()->selectedNodes();
    if (!model || nodes.isEmpty())
        return;
    QApplication::clipboard()->setMimeData(
        NodeClipboard::toMimeData(NodeClipboard::extract(*model, nodes)));
    m_pasteCount = 0;
}

void EditActions::cut()
{
    if (m_window->canvas()->selectedNodes().isEmpty())
        return;
    copy();
    deleteSelection();
    m_pasteCount = -1; // the first paste goes back where the cards were
}

void EditActions::paste()
{
    auto fragment = NodeClipboard::fromMimeData(QApplication::clipboard()->mimeData());
    if (!fragment) {
        m_window->showStatus(tr("The clipboard holds no cards to paste."));
        return;
    }
    ++m_pasteCount;
    NodeClipboard::renewIds(*fragment, QPointF(pasteOffset, pasteOffset) * m_pasteCount);
    insertFragment(*fragment, tr("Paste %n card(s)", nullptr, int(fragment->nodes.size())), true);
}

void EditActions::duplicate()
{
    const LogicModel *model = m_window->document()->project()->model(m_window->currentModel());
    const QList<NodeId> nodes = m_window->canvas()->selectedNodes();
    if (!model || nodes.isEmpty())
        return;
    ModelData fragment = NodeClipboard::extract(*model, nodes);
    NodeClipboard::renewIds(fragment, QPointF(pasteOffset, pasteOffset));
    insertFragment(fragment, tr("Duplicate %n card(s)", nullptr, int(fragment.nodes.size())),
                   false);
}

void EditActions::insertFragment(ModelData fragment, const QString &text, bool centre)
{
    const ModelId model = m_window->currentModel();
    Document *document = m_window->document();
    if (model.isNull() || !document->project()->model(model)) {
        m_window->showStatus(tr("Add a model first: cards are pasted into the model on show."));
        return;
    }
    QList<NodeId> ids;
    for (const Node &n : std::as_const(fragment.nodes))
        ids << n.id;
    auto *command = new AddNodesCommand(document->project(), model, fragment.nodes, fragment.links);
    command->setText(text);
    document->push(command);
    m_window->canvas()->selectNodes(ids, centre);
}

void EditActions::deleteSelection()
{
    const ModelId model = m_window->currentModel();
    const QList<NodeId> nodes = m_window->canvas()->selectedNodes();
    const QList<LinkId> links = m_window->canvas()->selectedLinks();
    if (model.isNull() || (nodes.isEmpty() && links.isEmpty()))
        return;
    Project *project = m_window->document()->project();
    if (nodes.isEmpty())
        m_window->document()->push(new RemoveLinksCommand(project, model, links));
    else
        m_window->document()->push(new RemoveNodesCommand(project, model, nodes, links));
}

void EditActions::selectAll()
{
    const LogicModel *model = m_window->document()->project()->model(m_window->currentModel());
    if (!model)
        return;
    QList<NodeId> ids;
    for (const Node &n : model->nodes())
        ids << n.id;
    m_window->canvas()->selectNodes(ids, false);
}

void EditActions::updateEnabled()
{
    const bool hasNodes = !m_window->canvas()->selectedNodes().isEmpty();
    const bool hasAny = hasNodes || !m_window->canvas()->selectedLinks().isEmpty();
    m_cut->setEnabled(hasNodes);
    m_copy->setEnabled(hasNodes);
    m_duplicate->setEnabled(hasNodes);
    m_delete->setEnabled(hasAny);
    m_paste->setEnabled(NodeClipboard::canPaste(QApplication::clipboard()->mimeData()));
    m_connect->setEnabled(m_window->canvas()->selectedNodes().size() == 1
                          && m_window->canvas()->modelScene()->isEditable());
}

void EditActions::connectFromSelection()
{
    CanvasView *canvas = m_window->canvas();
    const QList<NodeId> selected = canvas->selectedNodes();
    const LogicModel *model = canvas->modelScene()->model();
    if (selected.size() != 1 || !model || !canvas->modelScene()->isEditable())
        return;
    // Names and ids by value: the dialog runs an event loop, and the model's lists may move.
    const NodeId from = selected.first();
    const QString fromTitle = model->node(from)->title;
    ConnectDialog dialog(*model, from, m_window);
    if (dialog.choiceCount() == 0) {
        m_window->showStatus(tr("No card can follow \u201c%1\u201d: an arrow leads to a card in a "
                                "later column that it is not already joined to.")
                                 .arg(fromTitle));
        return;
    }
    if (dialog.exec() != QDialog::Accepted || dialog.target().isNull())
        return;
    Link link;
    link.id = LinkId::create();
    link.from = from;
    link.to = dialog.target();
    Document *document = m_window->document();
    document->push(new AddLinkCommand(document->project(), canvas->model(), link));
    if (const Node *to = canvas->modelScene()->model()->node(link.to))
        m_window->showStatus(
            tr("Arrow drawn from \u201c%1\u201d to \u201c%2\u201d.").arg(fromTitle, to->title));
}

} // namespace el
