#pragma once
// Shown at start-up when earlier sessions ended without saving (a crash, a kill, a power cut):
// one row per unsaved working copy (file name, when it last changed, how many changes) with
// Recover, Save As and Discard. The dialog only asks; whoever shows it does the work and then
// calls remove() for a row that is dealt with.
#include "sharing/RecoveryEntry.h"

#include <QDialog>
#include <QList>

class QGridLayout;
class QPushButton;

namespace el {

class RecoveryDialog : public QDialog
{
    Q_OBJECT
public:
    enum class Choice { Recover, SaveAs, Discard };

    explicit RecoveryDialog(const QList<RecoveryEntry> &entries, QWidget *parent = nullptr);

    // The rows still waiting for a decision.
    QList<RecoveryEntry> entries() const;
    QPushButton *button(int row, Choice choice) const;
    QString rowText(int row) const;
    // The row was dealt with; the dialog closes when none is left.
    void remove(const RecoveryEntry &entry);

Q_SIGNALS:
    void chosen(const el::RecoveryEntry &entry, el::RecoveryDialog::Choice choice);

private:
    struct Row
    {
        RecoveryEntry entry;
        QList<QWidget *> widgets;
        QString text;
    };
    QGridLayout *m_grid;
    QList<Row> m_rows;
};

} // namespace el
