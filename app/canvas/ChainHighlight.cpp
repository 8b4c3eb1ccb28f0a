#include "canvas/ChainHighlight.h"

#include <QHash>

namespace el::ChainHighlight {

Lit chain(const LogicModel &model, const QList<NodeId> &chain)
{
    Lit lit;
    for (NodeId n : chain)
        lit.nodes.insert(n);
    QSet<QPair<NodeId, NodeId>> steps;
    for (qsizetype i = 0; i + 1 < chain.size(); ++i)
        steps.insert(qMakePair(chain.at(i), chain.at(i + 1)));
    for (const Link &l : model.links()) {
        if (steps.contains(qMakePair(l.from, l.to)))
            lit.links.insert(l.id);
    }
    return lit;
}

namespace {
QSet<NodeId> closure(const QList<NodeId> &start, const QHash<NodeId, QList<NodeId>> &next)
{
    QSet<NodeId> seen(start.cbegin(), start.cend());
    QList<NodeId> stack = start;
    while (!stack.isEmpty()) {
        const NodeId n = stack.takeLast();
        for (NodeId m : next.value(n)) {
            if (!seen.contains(m)) {
                seen.insert(m);
                stack << m;
            }
        }
    }
    return seen;
}
} // namespace

Lit principle(const LogicModel &model, int principle)
{
    QList<NodeId> tagged;
    for (const Node &n : model.nodes()) {
        if (n.principles.contains(principle))
            tagged << n.id;
    }
    QHash<NodeId, QList<NodeId>> forward;
    QHash<NodeId, QList<NodeId>> backward;
    for (const Link &l : model.links()) {
        forward[l.from] << l.to;
        backward[l.to] << l.from;
    }
    const QSet<NodeId> up = closure(tagged, backward);  // leads to a tagged card
    const QSet<NodeId> down = closure(tagged, forward); // follows from one
    Lit lit;
    lit.nodes = up;
    lit.nodes.unite(down);
    for (const Link &l : model.links()) {
        if (up.contains(l.to) || down.contains(l.from))
            lit.links.insert(l.id);
    }
    return lit;
}

} // namespace el::ChainHighlight
