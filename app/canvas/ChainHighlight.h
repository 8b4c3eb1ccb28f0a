#pragma once
// Which cards and links to keep lit when the canvas highlights a chain or a principle.
#include "model/LogicModel.h"

#include <QSet>

namespace el::ChainHighlight {

struct Lit
{
    QSet<NodeId> nodes;
    QSet<LinkId> links;
};

// The cards of one chain and the links between consecutive cards.
Lit chain(const LogicModel &model, const QList<NodeId> &chain);
// Everything on a chain through a card tagged with the principle: the tagged cards, all that
// leads to them and all that follows from them.
Lit principle(const LogicModel &model, int principle);

} // namespace el::ChainHighlight
