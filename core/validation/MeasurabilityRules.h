#pragma once
// Measurability (EL3xx): every outcome that serves a principle has an indicator, and each
// indicator has a baseline, a target with its date, and a data source.
#include "validation/RuleContext.h"

namespace el {

class MeasurabilityRules
{
    Q_DECLARE_TR_FUNCTIONS(el::MeasurabilityRules)
public:
    static void run(RuleContext &ctx);

private:
    static void checkIndicator(RuleContext &ctx, int v, const Indicator &indicator);
};

} // namespace el
