#pragma once
// Asked when a project is already open somewhere else: says who has it, on which computer and
// since when, and offers Open Read-Only, Open a Copy, Open Anyway or Cancel.
#include "mainwindow/SessionPrompts.h"

#include <QDialog>

class QPushButton;

namespace el {

class LockDialog : public QDialog
{
    Q_OBJECT
public:
    LockDialog(const QString &path, const LockInfo &holder, QWidget *parent = nullptr);

    SessionPrompts::LockAnswer answer() const { return m_answer; }
    QPushButton *button(SessionPrompts::LockAnswer answer) const;

private:
    QPushButton *addChoice(const QString &text, const QString &explanation,
                           SessionPrompts::LockAnswer answer);

    SessionPrompts::LockAnswer m_answer = SessionPrompts::LockAnswer::Cancel;
    QList<QPair<SessionPrompts::LockAnswer, QPushButton *>> m_buttons;
};

} // namespace el
