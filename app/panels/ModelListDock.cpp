#include "panels/ModelListDock.h"

#include "commands/AddModelCommand.h"
#include "commands/EditModelCommand.h"
#include "commands/MoveModelCommand.h"
#include "commands/RemoveModelCommand.h"
#include "document/Document.h"
#include "mainwindow/Icons.h"

#include <QHBoxLayout>
#include <QListWidget>
#include <QToolButton>
#include <QVBoxLayout>

namespace el {

namespace {
constexpr int idRole = Qt::UserRole + 1;

QToolButton *button(QWidget *parent, Icons::Name icon, const QString &tip)
{
    auto *b = new QToolButton(parent);
    b->setIcon(Icons::get(icon));
    b->setToolTip(tip);
    b->setAutoRaise(true);
    return b;
}
} // namespace

ModelListDock::ModelListDock(Document *document, QWidget *parent)
    : QDockWidget(tr("Models"), parent)
    , m_document(document)
{
    setObjectName(QStringLiteral("ModelListDock"));
    auto *body = new QWidget(this);
    auto *layout = new QVBoxLayout(body);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->setSpacing(2);
    m_list = new QListWidget(body);
    m_list->setObjectName(QStringLiteral("ModelList"));
    m_list->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed);
    m_list->setToolTip(tr("Each logic model covers one priority. Double-click a name to rename "
                          "it."));
    layout->addWidget(m_list);

    auto *buttons = new QHBoxLayout;
    buttons->setSpacing(0);
    m_add = button(body, Icons::Add, tr("Add a new logic model"));
    m_rename = button(body, Icons::Rename, tr("Rename the selected model"));
    m_duplicate = button(body, Icons::Duplicate, tr("Make a copy of the selected model"));
    m_up = button(body, Icons::MoveUp, tr("Move the selected model up the list"));
    m_down = button(body, Icons::MoveDown, tr("Move the selected model down the list"));
    m_delete = button(body, Icons::Delete, tr("Delete the selected model (Undo brings it back)"));
    for (QToolButton *b : {m_add, m_rename, m_duplicate, m_up, m_down})
        buttons->addWidget(b);
    buttons->addStretch();
    buttons->addWidget(m_delete);
    layout->addLayout(buttons);
    setWidget(body);

    connect(m_add, &QToolButton::clicked, this, &ModelListDock::addModel);
    connect(m_rename, &QToolButton::clicked, this, &ModelListDock::renameCurrent);
    connect(m_duplicate, &QToolButton::clicked, this, &ModelListDock::duplicateCurrent);
    connect(m_up, &QToolButton::clicked, this, [this] { moveCurrent(-1); });
    connect(m_down, &QToolButton::clicked, this, [this] { moveCurrent(+1); });
    connect(m_delete, &QToolButton::clicked, this, &ModelListDock::deleteCurrent);
    connect(m_list, &QListWidget::itemChanged, this, &ModelListDock::nameEdited);
    connect(m_list, &QListWidget::currentItemChanged, this, [this](QListWidgetItem *item) {
        if (m_rebuilding)
            return;
        const ModelId id = item ? item->data(idRole).value<ModelId>() : ModelId();
        updateButtons();
        if (id == m_current)
            return;
        m_current = id;
        Q_EMIT currentModelChanged(id);
    });

    Project *project = document->project();
    connect(project, &Project::modelAdded, this, [this](ModelId id) {
        watchModel(id);
        rebuild();
    });
    connect(project, &Project::modelRemoved, this, &ModelListDock::rebuild);
    connect(project, &Project::modelMoved, this, &ModelListDock::rebuild);
    for (const LogicModel *model : project->models())
        watchModel(model->id());
    rebuild();
}

ModelId ModelListDock::currentModel() const
{
    return m_current;
}

void ModelListDock::setCurrentModel(ModelId model)
{
    for (int row = 0; row < m_list->count(); ++row) {
        if (m_list->item(row)->data(idRole).value<ModelId>() == model) {
            m_list->setCurrentRow(row);
            return;
        }
    }
}

void ModelListDock::selectFirstModel()
{
    if (m_current.isNull() && m_list->count() > 0)
        m_list->setCurrentRow(0);
    // Announce it even when it did not change: the window connects after construction.
    Q_EMIT currentModelChanged(m_current);
}

void ModelListDock::addModel()
{
    ModelData fresh;
    fresh.id = ModelId::create();
    fresh.name = tr("New logic model");
    const int index = m_document->project()->modelIndex(m_current) + 1;
    auto *command = new AddModelCommand(m_document->project(), fresh,
                                        index > 0 ? index : m_document->project()->modelCount());
    m_document->push(command);
    setCurrentModel(fresh.id);
    renameCurrent();
}

void ModelListDock::renameCurrent()
{
    if (QListWidgetItem *item = m_list->currentItem())
        m_list->editItem(item);
}

void ModelListDock::duplicateCurrent()
{
    const LogicModel *model = m_document->project()->model(m_current);
    if (!model)
        return;
    ModelData copy = model->data();
    copy.id = ModelId::create();
    copy.name = tr("%1 (copy)").arg(model->name());
    QHash<NodeId, NodeId> renamed;
    for (Node &n : copy.nodes) {
        renamed.insert(n.id, NodeId::create());
        n.id = renamed.value(n.id);
        for (Indicator &i : n.indicators)
            i.id = IndicatorId::create();
    }
    for (Link &l : copy.links) {
        l.id = LinkId::create();
        l.from = renamed.value(l.from);
        l.to = renamed.value(l.to);
    }
    auto *command = new AddModelCommand(m_document->project(), copy,
                                        m_document->project()->modelIndex(m_current) + 1);
    command->setText(tr("Duplicate model \u201c%1\u201d").arg(model->name()));
    m_document->push(command);
    setCurrentModel(copy.id);
}

void ModelListDock::moveCurrent(int delta)
{
    Project *project = m_document->project();
    const int from = project->modelIndex(m_current);
    const int to = from + delta;
    if (from < 0 || to < 0 || to >= project->modelCount())
        return;
    m_document->push(new MoveModelCommand(project, m_current, to));
}

void ModelListDock::deleteCurrent()
{
    if (!m_document->project()->model(m_current))
        return;
    m_document->push(new RemoveModelCommand(m_document->project(), m_current));
}

void ModelListDock::rebuild()
{
    const ModelId keep = m_current;
    const int keepRow = m_list->currentRow();
    m_rebuilding = true;
    m_list->clear();
    int row = -1;
    const QList<LogicModel *> models = m_document->project()->models();
    for (int i = 0; i < models.size(); ++i) {
        auto *item = new QListWidgetItem(models[i]->name(), m_list);
        item->setData(idRole, QVariant::fromValue(models[i]->id()));
        item->setFlags(item->flags() | Qt::ItemIsEditable);
        item->setToolTip(models[i]->description());
        if (models[i]->id() == keep)
            row = i;
    }
    if (row < 0 && m_list->count() > 0)
        row = qBound(0, keepRow, m_list->count() - 1);
    m_list->setCurrentRow(row);
    m_rebuilding = false;
    const ModelId now = row >= 0 ? m_list->item(row)->data(idRole).value<ModelId>() : ModelId();
    updateButtons();
    if (now != m_current) {
        m_current = now;
        Q_EMIT currentModelChanged(now);
    }
}

void ModelListDock::watchModel(ModelId id)
{
    LogicModel *model = m_document->project()->model(id);
    if (!model)
        return;
    connect(model, &LogicModel::metaChanged, this, &ModelListDock::rebuild, Qt::UniqueConnection);
}

void ModelListDock::nameEdited(QListWidgetItem *item)
{
    if (m_rebuilding)
        return;
    const ModelId id = item->data(idRole).value<ModelId>();
    const LogicModel *model = m_document->project()->model(id);
    const QString name = item->text().trimmed();
    if (!model || name == model->name())
        return;
    if (name.isEmpty()) {
        // A model needs a name: put the old one back.
        QMetaObject::invokeMethod(this, &ModelListDock::rebuild, Qt::QueuedConnection);
        return;
    }
    m_document->push(new EditModelCommand(m_document->project(), id, name, model->description(),
                                          model->owner()));
}

void ModelListDock::updateButtons()
{
    const int row = m_list->currentRow();
    const bool any = row >= 0;
    m_rename->setEnabled(any);
    m_duplicate->setEnabled(any);
    m_delete->setEnabled(any);
    m_up->setEnabled(row > 0);
    m_down->setEnabled(any && row < m_list->count() - 1);
}

} // namespace el
