#include "panels/PropertiesDock.h"

#include "panels/LinkPropertiesPage.h"
#include "panels/ModelPropertiesPage.h"
#include "panels/NodePropertiesPage.h"

#include <QLabel>
#include <QScrollArea>
#include <QStackedWidget>

namespace el {

namespace {
QScrollArea *scrolled(QWidget *page, QWidget *parent)
{
    auto *area = new QScrollArea(parent);
    area->setWidget(page);
    area->setWidgetResizable(true);
    area->setFrameShape(QFrame::NoFrame);
    area->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    return area;
}
} // namespace

PropertiesDock::PropertiesDock(Document *document, QWidget *parent)
    : QDockWidget(tr("Properties"), parent)
    , m_document(document)
    , m_stack(new QStackedWidget(this))
    , m_nodePage(new NodePropertiesPage(document))
    , m_linkPage(new LinkPropertiesPage(document))
    , m_modelPage(new ModelPropertiesPage(document))
    , m_manyPage(new QLabel(this))
{
    setObjectName(QStringLiteral("PropertiesDock"));
    m_stack->addWidget(scrolled(m_modelPage, m_stack));
    m_stack->addWidget(scrolled(m_nodePage, m_stack));
    m_stack->addWidget(scrolled(m_linkPage, m_stack));
    m_manyPage->setAlignment(Qt::AlignCenter);
    m_manyPage->setWordWrap(true);
    m_stack->addWidget(m_manyPage);
    setWidget(m_stack);
}

void PropertiesDock::setModel(ModelId model)
{
    m_model = model;
    m_modelPage->setModel(model);
    setSelection({}, {});
}

void PropertiesDock::setSelection(const QList<NodeId> &nodes, const QList<LinkId> &links)
{
    if (nodes.size() == 1 && links.isEmpty()) {
        m_nodePage->setNode(m_model, nodes.first());
        m_stack->setCurrentIndex(1);
    } else if (nodes.isEmpty() && links.size() == 1) {
        m_linkPage->setLink(m_model, links.first());
        m_stack->setCurrentIndex(2);
    } else if (nodes.isEmpty() && links.isEmpty()) {
        m_nodePage->setNode(m_model, NodeId());
        m_stack->setCurrentIndex(0);
    } else {
        if (nodes.isEmpty()) {
            // Several arrows: merged arrows picked together, or arrows picked one by one.
            m_manyPage->setText(tr("%n arrow(s) selected", nullptr, int(links.size()))
                                + tr("\n\nSelect one arrow to edit its rationale."));
        } else {
            m_manyPage->setText(tr("%n card(s) selected", nullptr, int(nodes.size()))
                                + (links.isEmpty()
                                       ? QString()
                                       : tr(", %n arrow(s) selected", nullptr, int(links.size())))
                                + tr("\n\nSelect one card to edit its properties."));
        }
        m_stack->setCurrentIndex(3);
    }
}

QWidget *PropertiesDock::currentPage() const
{
    QWidget *w = m_stack->currentWidget();
    if (auto *area = qobject_cast<QScrollArea *>(w))
        return area->widget();
    return w;
}

} // namespace el
