#include "panels/IndicatorList.h"

#include "commands/ChangeNodesCommand.h"
#include "dialogs/IndicatorDialog.h"
#include "document/Document.h"
#include "export/DateText.h"

#include <QCoreApplication>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLocale>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace el {

namespace {
QString describe(const DatedValue &v)
{
    if (v.isEmpty())
        return QCoreApplication::translate("el::IndicatorList", "not set");
    QString text = v.value ? QLocale().toString(*v.value, 'g', 6) : QStringLiteral("?");
    if (v.date.isValid())
        text += QStringLiteral(" (%1)").arg(DateText::monthYear(v.date));
    return text;
}

// The value with its month, as the report writes it; the whole date when the pointer rests on it.
QTableWidgetItem *valueItem(const DatedValue &v)
{
    auto *item = new QTableWidgetItem(describe(v));
    if (v.date.isValid())
        item->setToolTip(DateText::longDate(v.date));
    return item;
}
} // namespace

IndicatorList::IndicatorList(Document *document, QWidget *parent)
    : QWidget(parent)
    , m_document(document)
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_table = new QTableWidget(0, 3, this);
    m_table->setObjectName(QStringLiteral("IndicatorTable"));
    m_table->setHorizontalHeaderLabels({tr("Indicator"), tr("Baseline"), tr("Target")});
    m_table->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_table->horizontalHeader()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(2, QHeaderView::ResizeToContents);
    m_table->verticalHeader()->hide();
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setMinimumHeight(110);
    m_table->setMaximumHeight(200);
    layout->addWidget(m_table);

    auto *buttons = new QHBoxLayout;
    m_add = new QPushButton(tr("Add\u2026"), this);
    m_edit = new QPushButton(tr("Edit\u2026"), this);
    m_remove = new QPushButton(tr("Remove"), this);
    m_add->setToolTip(tr("Add an indicator (KPI) to this card"));
    buttons->addWidget(m_add);
    buttons->addWidget(m_edit);
    buttons->addWidget(m_remove);
    buttons->addStretch();
    layout->addLayout(buttons);

    connect(m_add, &QPushButton::clicked, this, &IndicatorList::addIndicator);
    connect(m_edit, &QPushButton::clicked, this, [this] { editIndicator(m_table->currentRow()); });
    connect(m_remove, &QPushButton::clicked, this,
            [this] { removeIndicator(m_table->currentRow()); });
    connect(m_table, &QTableWidget::cellDoubleClicked, this,
            [this](int row) { editIndicator(row); });
    connect(m_table, &QTableWidget::currentCellChanged, this, &IndicatorList::updateButtons);
    updateButtons();
}

void IndicatorList::setNode(ModelId model, const Node *node)
{
    m_model = model;
    m_node = node ? node->id : NodeId();
    const int row = m_table->currentRow();
    m_table->setRowCount(0);
    if (node) {
        for (const Indicator &i : node->indicators) {
            const int r = m_table->rowCount();
            m_table->insertRow(r);
            auto *title = new QTableWidgetItem(i.title);
            title->setToolTip(i.source.isEmpty() ? i.title
                                                 : tr("%1\nSource: %2").arg(i.title, i.source));
            m_table->setItem(r, 0, title);
            m_table->setItem(r, 1, valueItem(i.baseline));
            m_table->setItem(r, 2, valueItem(i.target));
        }
    }
    if (row >= 0 && row < m_table->rowCount())
        m_table->setCurrentCell(row, 0);
    updateButtons();
}

const Node *IndicatorList::node() const
{
    const LogicModel *model = m_document->project()->model(m_model);
    return model ? model->node(m_node) : nullptr;
}

void IndicatorList::addIndicator()
{
    if (!node())
        return;
    Indicator fresh;
    fresh.id = IndicatorId::create();
    IndicatorDialog dialog(fresh, this);
    if (dialog.exec() != QDialog::Accepted || !node())
        return;
    m_document->push(
        new AddIndicatorCommand(m_document->project(), m_model, m_node, dialog.indicator()));
}

void IndicatorList::editIndicator(int row)
{
    const Node *n = node();
    if (!n || row < 0 || row >= n->indicators.size())
        return;
    IndicatorDialog dialog(n->indicators.at(row), this);
    if (dialog.exec() != QDialog::Accepted || !node())
        return;
    m_document->push(
        new EditIndicatorCommand(m_document->project(), m_model, m_node, dialog.indicator()));
}

void IndicatorList::removeIndicator(int row)
{
    const Node *n = node();
    if (!n || row < 0 || row >= n->indicators.size())
        return;
    m_document->push(new RemoveIndicatorCommand(m_document->project(), m_model, m_node,
                                                n->indicators.at(row).id));
}

void IndicatorList::updateButtons()
{
    const bool hasRow = m_table->currentRow() >= 0;
    m_add->setEnabled(!m_node.isNull());
    m_edit->setEnabled(hasRow);
    m_remove->setEnabled(hasRow);
}

} // namespace el
