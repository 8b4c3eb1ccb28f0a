#include "model/CardOrder.h"

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

} // namespace el::CardOrder
