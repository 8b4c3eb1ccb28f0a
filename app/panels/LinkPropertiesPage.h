#pragma once
// The properties of one selected arrow: why one card leads to the next, and how strong the
// evidence is. Each edit is one undo step.
#include "model/Ids.h"

#include <QMetaObject>
#include <QWidget>

class QComboBox;
class QLabel;

namespace el {

class CommitTextEdit;
class Document;

class LinkPropertiesPage : public QWidget
{
    Q_OBJECT
public:
    explicit LinkPropertiesPage(Document *document, QWidget *parent = nullptr);

    void setLink(ModelId model, LinkId link);
    CommitTextEdit *rationaleEdit() const { return m_rationale; }
    QComboBox *strengthBox() const { return m_strength; }

private:
    void refresh();
    void push(const QString &rationale, int strength);

    Document *m_document;
    ModelId m_model;
    LinkId m_link;
    QMetaObject::Connection m_watch;
    QLabel *m_ends;
    CommitTextEdit *m_rationale;
    QComboBox *m_strength;
};

} // namespace el
