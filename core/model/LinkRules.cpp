#include "model/LinkRules.h"

#include <QCoreApplication>
#include <QHash>
#include <QSet>

namespace el::LinkRules {

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("el::LinkRules", text);
}

bool reaches(const LogicModel &model, NodeId start, NodeId goal)
{
    QHash<NodeId, QList<NodeId>> next;
    for (const Link &l : model.links())
        next[l.from] << l.to;
    QList<NodeId> stack{start};
    QSet<NodeId> seen{start};
    while (!stack.isEmpty()) {
        const NodeId n = stack.takeLast();
        if (n == goal)
            return true;
        for (NodeId m : next.value(n)) {
            if (!seen.contains(m)) {
                seen.insert(m);
                stack << m;
            }
        }
    }
    return false;
}
} // namespace

Result<> canConnect(const LogicModel &model, NodeId from, NodeId to)
{
    const Node *a = model.node(from);
    const Node *b = model.node(to);
    if (!a || !b)
        return failure(tr("That card no longer exists."));
    if (from == to)
        return failure(tr("A card cannot lead to itself."));
    if (isAnnotation(a->kind) || isAnnotation(b->kind))
        return failure(tr("Assumptions and external factors describe the model; they are not "
                          "linked into chains."));
    if (nodeKindColumn(b->kind) < nodeKindColumn(a->kind))
        return failure(tr("Links go forward, left to right: %1 cannot lead back to %2.")
                           .arg(nodeKindTitle(a->kind), nodeKindTitle(b->kind)));
    if (model.hasLink(from, to))
        return failure(tr("These cards are already linked."));
    if (reaches(model, to, from))
        return failure(tr("This link would make a loop: \"%1\" already leads to \"%2\".")
                           .arg(b->title, a->title));
    return {};
}

} // namespace el::LinkRules
