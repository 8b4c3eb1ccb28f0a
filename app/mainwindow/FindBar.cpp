#include "mainwindow/FindBar.h"

#include "canvas/CanvasView.h"
#include "document/Document.h"
#include "mainwindow/Icons.h"
#include "mainwindow/MainWindow.h"
#include "model/LogicModel.h"

#include <QCompleter>
#include <QKeyEvent>
#include <QStringListModel>

namespace el {

FindBar::FindBar(MainWindow *window)
    : QLineEdit(window)
    , m_window(window)
    , m_titles(new QStringListModel(this))
{
    setObjectName(QStringLiteral("FindBar"));
    setPlaceholderText(tr("Find a card by its title"));
    setClearButtonEnabled(true);
    addAction(Icons::get(Icons::Find), QLineEdit::LeadingPosition);
    setMinimumWidth(240);
    setMaximumWidth(320);
    auto *completer = new QCompleter(m_titles, this);
    completer->setCaseSensitivity(Qt::CaseInsensitive);
    completer->setFilterMode(Qt::MatchContains);
    setCompleter(completer);
    connect(completer, qOverload<const QString &>(&QCompleter::activated), this,
            [this](const QString &text) { findNext(text); });
    connect(this, &QLineEdit::returnPressed, this, [this] { findNext(text()); });
}

void FindBar::activate()
{
    setFocus(Qt::ShortcutFocusReason);
    selectAll();
}

bool FindBar::findNext(const QString &text)
{
    const QString wanted = text.trimmed();
    if (wanted.isEmpty())
        return false;
    const Project *project = m_window->document()->project();
    // Search order: the current model from just after the last match, then the other models,
    // then the current model again from its start.
    QList<LogicModel *> order = project->models();
    const int current = project->modelIndex(m_window->currentModel());
    if (current > 0)
        std::rotate(order.begin(), order.begin() + current, order.end());
    QList<QPair<ModelId, NodeId>> candidates;
    for (const LogicModel *model : std::as_const(order)) {
        for (const Node &n : model->nodes()) {
            if (n.title.contains(wanted, Qt::CaseInsensitive))
                candidates.append({model->id(), n.id});
        }
    }
    if (candidates.isEmpty()) {
        m_window->showStatus(tr("No card's title contains \u201c%1\u201d.").arg(wanted));
        return false;
    }
    qsizetype next = 0;
    for (qsizetype i = 0; i < candidates.size(); ++i) {
        if (candidates[i].first == m_lastModel && candidates[i].second == m_lastNode) {
            next = (i + 1) % candidates.size();
            break;
        }
    }
    std::tie(m_lastModel, m_lastNode) = candidates[next];
    m_window->showModel(m_lastModel);
    m_window->canvas()->selectNodes({m_lastNode}, true);
    const QString found
        = tr("Found %1 of %n card(s) matching \u201c%2\u201d.", nullptr, int(candidates.size()))
              .arg(QString::number(next + 1), wanted);
    m_window->showStatus(found);
    // The keyboard stays here for the next Enter; a screen reader reads the find box's new
    // description, which names the card found (the canvas names it too once it has the keyboard).
    const LogicModel *model = project->model(m_lastModel);
    if (const Node *node = model ? model->node(m_lastNode) : nullptr)
        setAccessibleDescription(
            QStringLiteral("%1 %2, %3.").arg(found, node->title, nodeKindName(node->kind)));
    return true;
}

void FindBar::focusInEvent(QFocusEvent *event)
{
    refreshTitles();
    setAccessibleDescription({}); // the last card found is old news
    QLineEdit::focusInEvent(event);
}

void FindBar::keyPressEvent(QKeyEvent *event)
{
    if (event->key() == Qt::Key_Escape) {
        clear();
        m_window->canvas()->setFocus();
        return;
    }
    QLineEdit::keyPressEvent(event);
}

void FindBar::refreshTitles()
{
    QStringList titles;
    for (const LogicModel *model : m_window->document()->project()->models()) {
        for (const Node &n : model->nodes())
            titles << n.title;
    }
    titles.removeDuplicates();
    titles.sort(Qt::CaseInsensitive);
    m_titles->setStringList(titles);
}

} // namespace el
