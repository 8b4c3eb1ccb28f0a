#include "panels/NodePropertiesPage.h"

#include "commands/ChangeNodesCommand.h"
#include "document/Document.h"
#include "panels/CommitTextEdit.h"
#include "panels/FieldText.h"
#include "panels/IndicatorList.h"
#include "panels/PrincipleChecks.h"

#include <QComboBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QVBoxLayout>

namespace el {

namespace {
QLabel *heading(const QString &text, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    QFont font = label->font();
    font.setBold(true);
    label->setFont(font);
    label->setContentsMargins(0, 8, 0, 2);
    return label;
}
} // namespace

NodePropertiesPage::NodePropertiesPage(Document *document, QWidget *parent)
    : QWidget(parent)
    , m_document(document)
{
    auto *layout = new QVBoxLayout(this);
    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->setRowWrapPolicy(QFormLayout::WrapLongRows);

    m_title = new QLineEdit(this);
    m_title->setObjectName(QStringLiteral("NodeTitle"));
    form->addRow(tr("&Title:"), m_title);

    m_kind = new QComboBox(this);
    for (NodeKind kind : allNodeKinds) {
        QString name = nodeKindCapitalName(kind);
        m_kind->addItem(name, static_cast<int>(kind));
    }
    form->addRow(tr("&Kind:"), m_kind);

    m_description = new CommitTextEdit(this);
    m_description->setPlaceholderText(tr("What this is, in a sentence or two"));
    form->addRow(tr("&Description:"), m_description);

    m_population = new QLineEdit(this);
    m_population->setPlaceholderText(tr("Whose gap this aims to narrow"));
    m_population->setToolTip(tr("The population or equity focus, for example \u201cHouseholds "
                                "in the most deprived wards\u201d"));
    form->addRow(tr("&Population:"), m_population);

    m_group = new QComboBox(this);
    m_group->setEditable(true);
    m_group->setInsertPolicy(QComboBox::NoInsert);
    m_group->lineEdit()->setPlaceholderText(tr("Optional strand of work"));
    form->addRow(tr("&Strand:"), m_group);
    layout->addLayout(form);

    layout->addWidget(heading(tr("Marmot principles served"), this));
    m_principles = new PrincipleChecks(this);
    layout->addWidget(m_principles);
    layout->addWidget(heading(tr("Indicators (KPIs)"), this));
    m_indicators = new IndicatorList(document, this);
    layout->addWidget(m_indicators);
    layout->addStretch();

    connect(m_title, &QLineEdit::editingFinished, this, [this] {
        const QString title = m_title->text().trimmed();
        if (title.isEmpty()) {
            refresh(); // a card needs a title: put the old one back
            return;
        }
        edit([&](Node &n) { n.title = title; });
    });
    connect(m_kind, &QComboBox::activated, this, [this] {
        edit([&](Node &n) { n.kind = static_cast<NodeKind>(m_kind->currentData().toInt()); });
    });
    connect(m_description, &CommitTextEdit::editingFinished, this, [this](const QString &text) {
        edit([&](Node &n) { n.description = text.trimmed(); });
    });
    connect(m_population, &QLineEdit::editingFinished, this,
            [this] { edit([&](Node &n) { n.population = m_population->text().trimmed(); }); });
    connect(m_group->lineEdit(), &QLineEdit::editingFinished, this,
            [this] { edit([&](Node &n) { n.group = m_group->currentText().trimmed(); }); });
    connect(m_group, &QComboBox::activated, this,
            [this] { edit([&](Node &n) { n.group = m_group->currentText().trimmed(); }); });
    connect(m_principles, &PrincipleChecks::edited, this, [this](PrincipleSet principles) {
        if (current())
            m_document->push(
                new SetNodePrinciplesCommand(m_document->project(), m_model, m_node, principles));
    });
}

void NodePropertiesPage::setNode(ModelId model, NodeId node)
{
    if (model != m_model) {
        disconnect(m_watch);
        m_model = model;
        if (LogicModel *m = m_document->project()->model(model)) {
            m_watch = connect(m, &LogicModel::nodeChanged, this, [this](NodeId id) {
                if (id == m_node)
                    refresh();
            });
        }
    }
    m_node = node;
    refresh();
}

const Node *NodePropertiesPage::current() const
{
    const LogicModel *model = m_document->project()->model(m_model);
    return model ? model->node(m_node) : nullptr;
}

void NodePropertiesPage::refresh()
{
    const Node *n = current();
    setEnabled(n != nullptr);
    if (!n)
        return;
    showInField(m_title, n->title);
    m_kind->setCurrentIndex(m_kind->findData(static_cast<int>(n->kind)));
    m_description->setTextQuietly(n->description);
    showInField(m_population, n->population);

    QStringList groups;
    for (const Node &other : m_document->project()->model(m_model)->nodes()) {
        if (!other.group.isEmpty())
            groups << other.group;
    }
    groups.removeDuplicates();
    groups.sort(Qt::CaseInsensitive);
    {
        const QSignalBlocker blocker(m_group);
        m_group->clear();
        m_group->addItems(groups);
        m_group->setEditText(n->group);
    }
    m_principles->setPrinciples(n->principles);
    m_indicators->setNode(m_model, n);
}

template<class Change>
void NodePropertiesPage::edit(Change change)
{
    const Node *n = current();
    if (!n)
        return;
    Node after = *n;
    change(after);
    if (after == *n)
        return;
    m_document->push(new EditNodeCommand(m_document->project(), m_model, after));
}

} // namespace el
