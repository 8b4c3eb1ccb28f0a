#include "canvas/CardOrder.h"

#include "model/LogicModel.h"

#include <algorithm>
#include <tuple>

namespace el::CardOrder {

QList<NodeId> reading(const LogicModel &model)
{
    QList<const Node *> cards;
    cards.reserve(model.nodes().size());
    for (const Node &n : model.nodes())
        cards << &n;
    std::stable_sort(cards.begin(), cards.end(), [](const Node *a, const Node *b) {
        return std::tuple(static_cast<int>(a->kind), a->pos.y(), a->pos.x())
               < std::tuple(static_cast<int>(b->kind), b->pos.y(), b->pos.x());
    });
    QList<NodeId> ids;
    ids.reserve(cards.size());
    for (const Node *n : std::as_const(cards))
        ids << n->id;
    return ids;
}

NodeId step(const LogicModel &model, NodeId current, bool forward)
{
    const QList<NodeId> order = reading(model);
    if (order.isEmpty())
        return {};
    const qsizetype at = order.indexOf(current);
    if (at < 0)
        return forward ? order.first() : order.last();
    const qsizetype n = order.size();
    return order.at((at + (forward ? 1 : n - 1)) % n);
}

} // namespace el::CardOrder
