#pragma once
// The list of the project's logic models, one per priority: pick the one shown on the canvas,
// and add, rename, duplicate, reorder or delete models (each one undo step).
#include "model/Ids.h"

#include <QDockWidget>

class QListWidget;
class QListWidgetItem;
class QToolButton;

namespace el {

class Document;

class ModelListDock : public QDockWidget
{
    Q_OBJECT
public:
    explicit ModelListDock(Document *document, QWidget *parent = nullptr);

    ModelId currentModel() const;
    void setCurrentModel(ModelId model);
    void selectFirstModel();
    QListWidget *list() const { return m_list; }

    void addModel();
    void renameCurrent(); // starts editing the name in the list
    void duplicateCurrent();
    void moveCurrent(int delta);
    void deleteCurrent();

Q_SIGNALS:
    void currentModelChanged(el::ModelId model);

private:
    void rebuild();
    void watchModel(ModelId model);
    void nameEdited(QListWidgetItem *item);
    void updateButtons();

    Document *m_document;
    QListWidget *m_list;
    QToolButton *m_add;
    QToolButton *m_rename;
    QToolButton *m_duplicate;
    QToolButton *m_up;
    QToolButton *m_down;
    QToolButton *m_delete;
    ModelId m_current;
    bool m_rebuilding = false;
};

} // namespace el
