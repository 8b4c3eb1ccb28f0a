#pragma once
// Draws an arrow without the mouse: lists every card an arrow from one card may lead to (by the
// same rules as dragging one, LinkRules), in reading order, narrowed down as the user types.
#include "model/Ids.h"

#include <QDialog>

class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;

namespace el {

class LogicModel;

class ConnectDialog : public QDialog
{
    Q_OBJECT
public:
    ConnectDialog(const LogicModel &model, NodeId from, QWidget *parent = nullptr);

    // How many cards the arrow may lead to (0: nothing to choose, the dialog need not be shown).
    int choiceCount() const;
    // The chosen card (null before a choice).
    NodeId target() const;
    QLineEdit *filterEdit() const { return m_filter; }
    QListWidget *list() const { return m_list; }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void applyFilter(const QString &text);
    void updateButton();

    QLineEdit *m_filter;
    QListWidget *m_list;
    QLabel *m_empty;
    QPushButton *m_connect;
};

} // namespace el
