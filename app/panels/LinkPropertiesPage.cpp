#include "panels/LinkPropertiesPage.h"

#include "commands/EditLinkCommand.h"
#include "document/Document.h"
#include "panels/CommitTextEdit.h"

#include <QComboBox>
#include <QFormLayout>
#include <QLabel>

namespace el {

LinkPropertiesPage::LinkPropertiesPage(Document *document, QWidget *parent)
    : QWidget(parent)
    , m_document(document)
{
    auto *form = new QFormLayout(this);
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->setRowWrapPolicy(QFormLayout::WrapLongRows);
    m_ends = new QLabel(this);
    m_ends->setWordWrap(true);
    form->addRow(m_ends);
    m_rationale = new CommitTextEdit(this);
    m_rationale->setPlaceholderText(tr("Why does the first lead to the second? The evidence or "
                                       "reasoning behind this step."));
    form->addRow(tr("&Rationale:"), m_rationale);
    m_strength = new QComboBox(this);
    m_strength->addItem(tr("Not stated"), int(LinkStrength::Unspecified));
    m_strength->addItem(tr("Weak"), int(LinkStrength::Weak));
    m_strength->addItem(tr("Moderate"), int(LinkStrength::Moderate));
    m_strength->addItem(tr("Strong"), int(LinkStrength::Strong));
    form->addRow(tr("&Strength of evidence:"), m_strength);

    connect(m_rationale, &CommitTextEdit::editingFinished, this, [this](const QString &text) {
        push(text.trimmed(), m_strength->currentData().toInt());
    });
    connect(m_strength, &QComboBox::activated, this, [this] {
        push(m_rationale->toPlainText().trimmed(), m_strength->currentData().toInt());
    });
}

void LinkPropertiesPage::setLink(ModelId model, LinkId link)
{
    if (model != m_model) {
        disconnect(m_watch);
        m_model = model;
        if (LogicModel *m = m_document->project()->model(model)) {
            m_watch = connect(m, &LogicModel::linkChanged, this, [this](LinkId id) {
                if (id == m_link)
                    refresh();
            });
        }
    }
    m_link = link;
    refresh();
}

void LinkPropertiesPage::refresh()
{
    const LogicModel *model = m_document->project()->model(m_model);
    const Link *l = model ? model->link(m_link) : nullptr;
    setEnabled(l != nullptr);
    if (!l)
        return;
    const Node *from = model->node(l->from);
    const Node *to = model->node(l->to);
    m_ends->setText(tr("<b>%1</b><br>leads to<br><b>%2</b>")
                        .arg(from ? from->title.toHtmlEscaped() : QString(),
                             to ? to->title.toHtmlEscaped() : QString()));
    m_rationale->setTextQuietly(l->rationale);
    m_strength->setCurrentIndex(m_strength->findData(int(l->strength)));
}

void LinkPropertiesPage::push(const QString &rationale, int strength)
{
    const LogicModel *model = m_document->project()->model(m_model);
    const Link *l = model ? model->link(m_link) : nullptr;
    if (!l)
        return;
    Link after = *l;
    after.rationale = rationale;
    after.strength = static_cast<LinkStrength>(strength);
    if (after == *l)
        return;
    m_document->push(new EditLinkCommand(m_document->project(), m_model, after));
}

} // namespace el
