#pragma once
// The properties panel: edits what is selected on the canvas (one card, one arrow), or the
// model and project when nothing is.
#include "model/Ids.h"

#include <QDockWidget>

class QLabel;
class QStackedWidget;

namespace el {

class Document;
class LinkPropertiesPage;
class ModelPropertiesPage;
class NodePropertiesPage;

class PropertiesDock : public QDockWidget
{
    Q_OBJECT
public:
    explicit PropertiesDock(Document *document, QWidget *parent = nullptr);

    void setModel(ModelId model);
    void setSelection(const QList<NodeId> &nodes, const QList<LinkId> &links);

    NodePropertiesPage *nodePage() const { return m_nodePage; }
    LinkPropertiesPage *linkPage() const { return m_linkPage; }
    ModelPropertiesPage *modelPage() const { return m_modelPage; }
    QWidget *currentPage() const;

private:
    Document *m_document;
    ModelId m_model;
    QStackedWidget *m_stack;
    NodePropertiesPage *m_nodePage;
    LinkPropertiesPage *m_linkPage;
    ModelPropertiesPage *m_modelPage;
    QLabel *m_manyPage;
};

} // namespace el
