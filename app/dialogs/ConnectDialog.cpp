#include "dialogs/ConnectDialog.h"

#include "model/CardOrder.h"
#include "model/LinkRules.h"
#include "model/LogicModel.h"

#include <QCoreApplication>
#include <QDialogButtonBox>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

namespace el {

namespace {
const int idRole = Qt::UserRole;
} // namespace

ConnectDialog::ConnectDialog(const LogicModel &model, NodeId from, QWidget *parent)
    : QDialog(parent)
    , m_filter(new QLineEdit(this))
    , m_list(new QListWidget(this))
    , m_empty(new QLabel(tr("No card matches what you typed."), this))
{
    const Node *source = model.node(from);
    setWindowTitle(tr("Connect to a Card"));
    auto *layout = new QVBoxLayout(this);
    auto *intro = new QLabel(
        tr("Draw an arrow from \u201c%1\u201d to:").arg(source ? source->title : QString()), this);
    intro->setWordWrap(true);
    layout->addWidget(intro);
    m_filter->setPlaceholderText(tr("Type part of a title to narrow the list"));
    m_filter->setClearButtonEnabled(true);
    layout->addWidget(m_filter);
    for (const NodeId &id : CardOrder::reading(model)) {
        const Node *n = model.node(id);
        // Arrows run to later columns; one within a column is allowed but flagged (EL102), so
        // it is not offered here.
        if (id == from || (source && nodeKindColumn(n->kind) == nodeKindColumn(source->kind))
            || !LinkRules::canConnect(model, from, id))
            continue;
        auto *item = new QListWidgetItem(
            tr("%1 (%2)").arg(n->title.isEmpty() ? tr("(no title)") : n->title,
                              nodeKindName(n->kind)),
            m_list);
        item->setData(idRole, QVariant::fromValue(id));
    }
    m_list->setCurrentRow(0);
    layout->addWidget(m_list, 1);
    m_empty->hide();
    layout->addWidget(m_empty);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_connect = buttons->addButton(tr("Connect"), QDialogButtonBox::AcceptRole);
    m_connect->setDefault(true);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_filter, &QLineEdit::textChanged, this, &ConnectDialog::applyFilter);
    connect(m_list, &QListWidget::currentRowChanged, this, &ConnectDialog::updateButton);
    connect(m_list, &QListWidget::itemActivated, this, &QDialog::accept);
    // Up and Down in the filter move through the list, so the hands stay on the keyboard.
    m_filter->installEventFilter(this);
    updateButton();
    resize(520, 380);
}

int ConnectDialog::choiceCount() const
{
    return m_list->count();
}

NodeId ConnectDialog::target() const
{
    const QListWidgetItem *item = m_list->currentItem();
    return item && !item->isHidden() ? item->data(idRole).value<NodeId>() : NodeId();
}

bool ConnectDialog::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_filter && event->type() == QEvent::KeyPress) {
        const int key = static_cast<QKeyEvent *>(event)->key();
        if (key == Qt::Key_Up || key == Qt::Key_Down || key == Qt::Key_PageUp
            || key == Qt::Key_PageDown) {
            QCoreApplication::sendEvent(m_list, event);
            return true;
        }
    }
    return QDialog::eventFilter(watched, event);
}

void ConnectDialog::applyFilter(const QString &text)
{
    QListWidgetItem *first = nullptr;
    for (int row = 0; row < m_list->count(); ++row) {
        QListWidgetItem *item = m_list->item(row);
        const bool shown = item->text().contains(text.trimmed(), Qt::CaseInsensitive);
        item->setHidden(!shown);
        if (shown && !first)
            first = item;
    }
    if (!m_list->currentItem() || m_list->currentItem()->isHidden())
        m_list->setCurrentItem(first);
    m_empty->setVisible(!first && m_list->count() > 0);
    updateButton();
}

void ConnectDialog::updateButton()
{
    m_connect->setEnabled(!target().isNull());
}

} // namespace el
