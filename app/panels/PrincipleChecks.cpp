#include "panels/PrincipleChecks.h"

#include "mainwindow/Icons.h"
#include "principles/PrincipleCatalogue.h"

#include <QCheckBox>
#include <QEvent>
#include <QGridLayout>
#include <QLabel>

namespace el {

PrincipleChecks::PrincipleChecks(QWidget *parent)
    : QWidget(parent)
{
    auto *grid = new QGridLayout(this);
    grid->setContentsMargins(0, 0, 0, 0);
    grid->setHorizontalSpacing(6);
    grid->setVerticalSpacing(4);
    grid->setColumnStretch(1, 1);
    for (int n = 1; n <= PrincipleCatalogue::count; ++n) {
        const Principle &p = PrincipleCatalogue::principle(n);
        auto *box = new QCheckBox(this);
        box->setObjectName(QStringLiteral("principle%1").arg(n));
        box->setIcon(Icons::principle(n));
        box->setIconSize(QSize(18, 18));
        box->setToolTip(PrincipleCatalogue::numberedWording(n));
        box->setAccessibleName(PrincipleCatalogue::numberedWording(n));
        auto *label = new QLabel(p.wording, this);
        label->setWordWrap(true);
        label->setBuddy(box);
        label->setToolTip(box->toolTip());
        // Clicking the words ticks the box, as with an ordinary checkbox label.
        label->setTextInteractionFlags(Qt::NoTextInteraction);
        label->installEventFilter(this);
        label->setProperty("principle", n);
        grid->addWidget(box, n - 1, 0, Qt::AlignTop);
        grid->addWidget(label, n - 1, 1);
        m_boxes << box;
        connect(box, &QCheckBox::clicked, this, [this] { Q_EMIT edited(principles()); });
    }
}

PrincipleSet PrincipleChecks::principles() const
{
    PrincipleSet set;
    for (int i = 0; i < m_boxes.size(); ++i) {
        if (m_boxes[i]->isChecked())
            set.insert(i + 1);
    }
    return set;
}

void PrincipleChecks::setPrinciples(PrincipleSet principles)
{
    for (int i = 0; i < m_boxes.size(); ++i) {
        const QSignalBlocker blocker(m_boxes[i]);
        m_boxes[i]->setChecked(principles.contains(i + 1));
    }
}

bool PrincipleChecks::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::MouseButtonRelease) {
        if (QCheckBox *box = checkBox(watched->property("principle").toInt())) {
            if (box->isEnabled())
                box->click();
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

QCheckBox *PrincipleChecks::checkBox(int number) const
{
    return m_boxes.value(number - 1);
}

} // namespace el
