#include "export/DiagramScene.h"

#include "canvas/LinkItem.h"
#include "canvas/ModelScene.h"
#include "canvas/NodeItem.h"
#include "model/LogicModel.h"

#include <QPainter>

namespace el {

DiagramScene::DiagramScene(Document *document, ModelId model)
    : m_scene(std::make_unique<ModelScene>(document))
{
    m_scene->setModel(model);
    m_scene->setPrintMode(true);
}

DiagramScene::~DiagramScene() = default;

LogicModel *DiagramScene::model() const
{
    return m_scene->model();
}

QRectF DiagramScene::contentRect() const
{
    return m_scene->contentRect();
}

bool DiagramScene::hasContent(const QRectF &source) const
{
    const auto items = m_scene->items(source, Qt::IntersectsItemShape);
    for (const QGraphicsItem *item : items) {
        if (item->type() == NodeItem::Type || item->type() == LinkItem::Type)
            return true;
    }
    return false;
}

QList<QRectF> DiagramScene::cardRects() const
{
    QList<QRectF> rects;
    if (const LogicModel *m = model()) {
        for (const Node &n : m->nodes()) {
            if (const NodeItem *item = m_scene->nodeItem(n.id))
                rects << item->sceneBoundingRect();
        }
    }
    return rects;
}

QList<int> DiagramScene::principlesUsed() const
{
    PrincipleSet used;
    if (const LogicModel *m = model()) {
        for (const Node &n : m->nodes())
            used |= n.principles;
    }
    return used.numbers();
}

void DiagramScene::setBackground(const QColor &colour)
{
    m_scene->setPrintBackground(colour);
}

void DiagramScene::render(QPainter *painter, const QRectF &target, const QRectF &source) const
{
    painter->save();
    painter->setClipRect(target, Qt::IntersectClip);
    m_scene->render(painter, target, source, Qt::KeepAspectRatio);
    painter->restore();
}

} // namespace el
