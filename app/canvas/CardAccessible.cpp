#include "canvas/CardAccessible.h"

#include "canvas/CanvasAccessible.h"
#include "canvas/CanvasView.h"
#include "canvas/LinkItem.h"
#include "canvas/ModelScene.h"
#include "canvas/NodeItem.h"
#include "model/LogicModel.h"
#include "principles/PrincipleCatalogue.h"

#include <QCoreApplication>

namespace el {

CardAccessible::CardAccessible(CanvasAccessible *canvas, NodeId id)
    : CanvasItemAccessible(canvas)
    , m_id(id)
{}

bool CardAccessible::isValid() const
{
    return canvas()->isValid() && item() && canvas()->model()->node(m_id);
}

QAccessibleInterface *CardAccessible::parent() const
{
    return canvas();
}

int CardAccessible::childCount() const
{
    return isValid() ? static_cast<int>(canvas()->arrowsOut(m_id).size()) : 0;
}

QAccessibleInterface *CardAccessible::child(int index) const
{
    if (!isValid())
        return nullptr;
    const QList<LinkId> &out = canvas()->arrowsOut(m_id);
    return index >= 0 && index < out.size() ? canvas()->arrow(out.at(index)) : nullptr;
}

int CardAccessible::indexOfChild(const QAccessibleInterface *child) const
{
    if (!isValid())
        return -1;
    const QList<LinkId> &out = canvas()->arrowsOut(m_id);
    for (int i = 0; i < out.size(); ++i) {
        if (canvas()->arrow(out.at(i)) == child)
            return i;
    }
    return -1;
}

QString CardAccessible::text(QAccessible::Text t) const
{
    if (!isValid())
        return {};
    const Node *node = canvas()->model()->node(m_id);
    switch (t) {
    case QAccessible::Name:
        return node->title.trimmed().isEmpty()
                   ? QCoreApplication::translate("el::CardAccessible", "Untitled card")
                   : node->title;
    case QAccessible::Description:
        return description();
    case QAccessible::Help:
        return node->description;
    default:
        return {};
    }
}

QString CardAccessible::description() const
{
    // Spelt out in full so that the translation tools find the texts with a count.
    const Node *node = canvas()->model()->node(m_id);
    QStringList parts{nodeKindCapitalName(node->kind)};
    QStringList served;
    for (int p : node->principles.numbers())
        served << PrincipleCatalogue::principle(p).shortLabel;
    if (!served.isEmpty())
        parts << QCoreApplication::translate("el::CardAccessible", "Serves %1")
                     .arg(served.join(QStringLiteral(", ")));
    const NodeItem *drawn = canvas()->scene()->nodeItem(m_id);
    const int kpis = static_cast<int>(node->indicators.size());
    const int findings = drawn ? drawn->findingCount() : 0;
    parts << QCoreApplication::translate("el::CardAccessible", "%n KPI(s)", nullptr, kpis);
    parts << QCoreApplication::translate("el::CardAccessible", "%n finding(s)", nullptr, findings);
    const int in = canvas()->arrowsIn(m_id);
    const int out = static_cast<int>(canvas()->arrowsOut(m_id).size());
    parts << QStringLiteral("%1, %2").arg(
        QCoreApplication::translate("el::CardAccessible", "%n arrow(s) in", nullptr, in),
        QCoreApplication::translate("el::CardAccessible", "%n arrow(s) out", nullptr, out));
    return parts.join(QStringLiteral(". ")) + u'.';
}

QAccessible::Role CardAccessible::role() const
{
    return QAccessible::ListItem;
}

QGraphicsItem *CardAccessible::item() const
{
    const ModelScene *scene = canvas()->scene();
    return scene ? scene->nodeItem(m_id) : nullptr;
}

bool CardAccessible::isCurrent() const
{
    return canvas()->currentCard() == m_id;
}

void CardAccessible::select()
{
    CanvasView *view = canvas()->view();
    view->setFocus(Qt::OtherFocusReason);
    view->selectNodes({m_id}, true);
}

} // namespace el
