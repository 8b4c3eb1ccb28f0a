#pragma once
// The properties of one selected card: title, kind, description, population, strand, the
// Marmot principles it serves and its indicators. Each edit is one undo step.
#include "model/Ids.h"

#include <QMetaObject>
#include <QWidget>

class QComboBox;
class QLineEdit;

namespace el {

class CommitTextEdit;
class Document;
class IndicatorList;
class PrincipleChecks;
struct Node;

class NodePropertiesPage : public QWidget
{
    Q_OBJECT
public:
    explicit NodePropertiesPage(Document *document, QWidget *parent = nullptr);

    void setNode(ModelId model, NodeId node);
    NodeId node() const { return m_node; }

    QLineEdit *titleEdit() const { return m_title; }
    QComboBox *kindBox() const { return m_kind; }
    CommitTextEdit *descriptionEdit() const { return m_description; }
    QLineEdit *populationEdit() const { return m_population; }
    QComboBox *groupBox() const { return m_group; }
    PrincipleChecks *principles() const { return m_principles; }
    IndicatorList *indicators() const { return m_indicators; }

private:
    const Node *current() const;
    void refresh();
    // Pushes an edit of the node made by `change` (nothing when it changes nothing).
    template<class Change>
    void edit(Change change);

    Document *m_document;
    ModelId m_model;
    NodeId m_node;
    QMetaObject::Connection m_watch;
    QLineEdit *m_title;
    QComboBox *m_kind;
    CommitTextEdit *m_description;
    QLineEdit *m_population;
    QComboBox *m_group;
    PrincipleChecks *m_principles;
    IndicatorList *m_indicators;
};

} // namespace el
