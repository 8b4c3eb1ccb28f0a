#include "mainwindow/ArrangeActions.h"

#include "canvas/CanvasView.h"
#include "canvas/ModelScene.h"
#include "canvas/NodeItem.h"
#include "commands/TidyCommand.h"
#include "document/Document.h"
#include "layout/Layout.h"
#include "mainwindow/Icons.h"
#include "mainwindow/MainWindow.h"
#include "model/LogicModel.h"

#include <QAction>
#include <QMenu>
#include <QMenuBar>
#include <QToolBar>

namespace el {

ArrangeActions::ArrangeActions(MainWindow *window)
    : QObject(window)
    , m_window(window)
{
    m_tidy = new QAction(Icons::get(Icons::Tidy), tr("&Tidy"), this);
    m_tidy->setShortcut(QKeySequence(tr("Ctrl+Shift+T")));
    m_tidy->setToolTip(tr("Arrange the cards so that fewer arrows cross (only the selected cards "
                          "when two or more are selected). Undo puts them back."));
    m_tidy->setStatusTip(m_tidy->toolTip());
    connect(m_tidy, &QAction::triggered, this, [this] { tidy(); });
}

void ArrangeActions::fillMenuBar(QMenuBar *bar)
{
    QMenu *menu = bar->addMenu(tr("&Arrange"));
    menu->addAction(m_tidy);
}

void ArrangeActions::fillToolBar(QToolBar *bar)
{
    bar->addAction(m_tidy);
}

LayoutOptions ArrangeActions::layoutOptions() const
{
    LayoutOptions options;
    const ModelScene *scene = m_window->canvas()->modelScene();
    options.cardSize = [scene](const Node &node) {
        const NodeItem *item = scene->nodeItem(node.id);
        return item ? item->cardRect().size() : CardMetrics::estimate(node);
    };
    const QList<NodeId> selected = m_window->canvas()->selectedNodes();
    if (selected.size() >= 2)
        options.selection = QSet<NodeId>(selected.begin(), selected.end());
    return options;
}

LayoutResult ArrangeActions::tidy()
{
    Document *document = m_window->document();
    const ModelId modelId = m_window->currentModel();
    const LogicModel *model = document->project()->model(modelId);
    if (!model || !m_window->canvas()->modelScene()->isEditable())
        return {};
    const LayoutOptions options = layoutOptions();
    const LayoutResult layout = Layout::tidy(model->data(), options);
    const bool moves = !layout.moves(model->nodes()).isEmpty();
    if (moves)
        document->push(new TidyCommand(document->project(), modelId, layout));

    const QString what = options.selection.isEmpty()
                             ? tr("Tidied the model")
                             : tr("Tidied the %n selected cards", nullptr,
                                  static_cast<int>(options.selection.size()));
    if (!moves)
        m_window->showStatus(
            tr("Already tidy: nothing moved (arrows crossing: %1).").arg(layout.crossingsAfter));
    else
        m_window->showStatus(tr("%1: arrows crossing %2 before, %3 now. Undo puts the cards back.")
                                 .arg(what)
                                 .arg(layout.crossingsBefore)
                                 .arg(layout.crossingsAfter));
    return layout;
}

void ArrangeActions::updateEnabled()
{
    // The canvas's rule for every edit: a model is shown. A read-only document takes edits too
    // (its banner offers Save As), so whether it is read-only does not matter here.
    const bool editable = m_window->canvas()->modelScene()->isEditable();
    m_tidy->setEnabled(editable);
    const int selected = static_cast<int>(m_window->canvas()->selectedNodes().size());
    m_tidy->setText(selected >= 2 ? tr("&Tidy Selected Cards") : tr("&Tidy"));
}

} // namespace el
