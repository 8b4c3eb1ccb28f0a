#pragma once
// Marmot principles (EL2xx): every outcome an activity reaches says which principle it serves,
// every chain serves one, and a principle claimed upstream is carried by an outcome downstream.
#include "validation/RuleContext.h"

namespace el {

class PrincipleRules
{
    Q_DECLARE_TR_FUNCTIONS(el::PrincipleRules)
public:
    static void run(RuleContext &ctx);
    // "principle 3, Create fair employment and good work for all"
    static QString principleText(int number);
    // "principles 3 and 5", for a set.
    static QString principleNumbers(PrincipleSet set);
};

} // namespace el
