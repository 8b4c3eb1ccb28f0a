#pragma once
// Housekeeping (EL7xx): the project's own records, as opposed to its logic. EL701: a finding the
// team accepted (a waiver) that no longer matches any finding, because the problem was fixed or
// the cards it named were changed or deleted.
#include "model/LogicModel.h"
#include "validation/Diagnostic.h"

#include <QCoreApplication>

namespace el {

class HousekeepingRules
{
    Q_DECLARE_TR_FUNCTIONS(el::HousekeepingRules)
public:
    // One EL701 finding (a note) per stale waiver, appended to `out` in the given order. `model`
    // is the model the waivers belong to: null for project-wide waivers, and for waivers whose
    // model is no longer in the project (`modelGone`).
    static void checkStaleWaivers(const QList<const Waiver *> &stale, const LogicModel *model,
                                  bool modelGone, QList<Diagnostic> &out);
};

} // namespace el
