#pragma once
// Equity (EL4xx): outcomes name the population whose gap they aim to narrow, and a model's
// indicators are broken down by deprivation and by ethnicity (Marmot monitoring is about
// gradients; principle 7 needs ethnicity).
#include "validation/RuleContext.h"

namespace el {

class EquityRules
{
    Q_DECLARE_TR_FUNCTIONS(el::EquityRules)
public:
    static void run(RuleContext &ctx);
    // Whether an indicator is broken down by deprivation (IMD decile, quintile, ...).
    static bool byDeprivation(const Indicator &indicator);
    static bool byEthnicity(const Indicator &indicator);
};

} // namespace el
