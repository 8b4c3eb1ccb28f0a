#pragma once
// The order in which the keyboard walks a model's cards: column by column from the situation to
// the impact, then the assumptions and external factors, each from top to bottom, the way the
// model is read.
#include "model/Ids.h"

#include <QList>

namespace el {

class LogicModel;

namespace CardOrder {

QList<NodeId> reading(const LogicModel &model);
// The card after (or before) current in reading order, wrapping round at the ends; the first
// (or last) card when current is null or not in the model; null for a model without cards.
NodeId step(const LogicModel &model, NodeId current, bool forward);

} // namespace CardOrder
} // namespace el
