#include "canvas/ArrowAccessible.h"

#include "canvas/CanvasAccessible.h"
#include "canvas/CanvasView.h"
#include "canvas/LinkItem.h"
#include "canvas/ModelScene.h"
#include "model/LogicModel.h"

#include <QCoreApplication>

namespace el {

ArrowAccessible::ArrowAccessible(CanvasAccessible *canvas, LinkId id)
    : CanvasItemAccessible(canvas)
    , m_id(id)
{}

bool ArrowAccessible::isValid() const
{
    return canvas()->isValid() && item() && canvas()->model()->link(m_id);
}

QAccessibleInterface *ArrowAccessible::parent() const
{
    const Link *link = isValid() ? canvas()->model()->link(m_id) : nullptr;
    return link ? canvas()->card(link->from) : canvas();
}

QString ArrowAccessible::text(QAccessible::Text t) const
{
    if (!isValid())
        return {};
    const LogicModel *model = canvas()->model();
    const Link *link = model->link(m_id);
    switch (t) {
    case QAccessible::Name: {
        const Node *from = model->node(link->from);
        const Node *to = model->node(link->to);
        return QCoreApplication::translate("el::ArrowAccessible", "From %1 to %2")
            .arg(from ? from->title : QString(), to ? to->title : QString());
    }
    case QAccessible::Description:
        // The rationale and the strength of the evidence, as the arrow's tooltip shows them.
        return item()->toolTip();
    default:
        return {};
    }
}

QAccessible::Role ArrowAccessible::role() const
{
    return QAccessible::Link;
}

QStringList ArrowAccessible::actionNames() const
{
    return {pressAction(), setFocusAction()};
}

void ArrowAccessible::doAction(const QString &actionName)
{
    const Link *link = isValid() ? canvas()->model()->link(m_id) : nullptr;
    if (link && actionName == pressAction()) {
        CanvasView *view = canvas()->view();
        view->setFocus(Qt::OtherFocusReason);
        view->selectNodes({link->to}, true);
        return;
    }
    CanvasItemAccessible::doAction(actionName);
}

QGraphicsItem *ArrowAccessible::item() const
{
    const ModelScene *scene = canvas()->scene();
    return scene ? scene->linkItem(m_id) : nullptr;
}

bool ArrowAccessible::isCurrent() const
{
    return canvas()->currentArrow() == m_id;
}

void ArrowAccessible::select()
{
    CanvasView *view = canvas()->view();
    view->setFocus(Qt::OtherFocusReason);
    ModelScene *scene = canvas()->scene();
    scene->clearSelection();
    item()->setSelected(true);
}

} // namespace el
