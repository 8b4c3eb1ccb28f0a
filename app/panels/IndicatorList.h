#pragma once
// The indicators (KPIs) of one card as a table with Add, Edit and Remove; each change is one
// undo step, edited in the indicator dialog.
#include "model/Ids.h"

#include <QWidget>

class QPushButton;
class QTableWidget;

namespace el {

class Document;
struct Node;

class IndicatorList : public QWidget
{
    Q_OBJECT
public:
    explicit IndicatorList(Document *document, QWidget *parent = nullptr);

    void setNode(ModelId model, const Node *node);
    QTableWidget *table() const { return m_table; }

    void addIndicator();
    void editIndicator(int row);
    void removeIndicator(int row);

private:
    const Node *node() const;
    void updateButtons();

    Document *m_document;
    ModelId m_model;
    NodeId m_node;
    QTableWidget *m_table;
    QPushButton *m_add;
    QPushButton *m_edit;
    QPushButton *m_remove;
};

} // namespace el
