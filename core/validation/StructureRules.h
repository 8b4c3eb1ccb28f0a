#pragma once
// Structure (EL1xx): links go forward, no loops, every card linked, activities lead somewhere,
// outcomes and outputs have an activity behind them, titles present and distinct.
#include "validation/RuleContext.h"

namespace el {

class StructureRules
{
    Q_DECLARE_TR_FUNCTIONS(el::StructureRules)
public:
    static void run(RuleContext &ctx);

private:
    static void checkLinks(RuleContext &ctx);
    static void checkCycles(RuleContext &ctx);
    static void checkNodes(RuleContext &ctx);
    static void checkTitles(RuleContext &ctx);
};

} // namespace el
