#pragma once
// What shows when nothing is selected: the current model's name, owner and description, and
// the project's title, place and description. Each edit is one undo step.
#include "model/Ids.h"

#include <QMetaObject>
#include <QWidget>

class QLineEdit;

namespace el {

class CommitTextEdit;
class Document;

class ModelPropertiesPage : public QWidget
{
    Q_OBJECT
public:
    explicit ModelPropertiesPage(Document *document, QWidget *parent = nullptr);

    void setModel(ModelId model);
    QLineEdit *nameEdit() const { return m_name; }

private:
    void refresh();
    void pushModel();
    void pushProject();

    Document *m_document;
    ModelId m_model;
    QMetaObject::Connection m_watch;
    QLineEdit *m_name;
    QLineEdit *m_owner;
    CommitTextEdit *m_description;
    QLineEdit *m_projectTitle;
    QLineEdit *m_place;
    CommitTextEdit *m_projectDescription;
};

} // namespace el
