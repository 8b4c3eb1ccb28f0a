#pragma once
// Whether a link may be drawn from one node to another, and if not, why (shown while dragging).
#include "model/LogicModel.h"
#include "util/Result.h"

namespace el::LinkRules {

// Refuses a self-link, a link touching an assumption or external factor, a link that goes
// backward in column order, a duplicate, and one that would close a cycle.
Result<> canConnect(const LogicModel &model, NodeId from, NodeId to);

} // namespace el::LinkRules
