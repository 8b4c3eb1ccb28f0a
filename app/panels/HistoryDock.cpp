#include "panels/HistoryDock.h"

#include <QUndoView>

namespace el {

HistoryDock::HistoryDock(QUndoStack *stack, QWidget *parent)
    : QDockWidget(tr("History"), parent)
{
    setObjectName(QStringLiteral("HistoryDock"));
    auto *view = new QUndoView(stack, this);
    view->setEmptyLabel(tr("<opened>"));
    setWidget(view);
}

} // namespace el
