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

} // namespace CardOrder
} // namespace el
