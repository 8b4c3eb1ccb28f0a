#pragma once
// Wording (EL5xx): an outcome says what changes ("Increased uptake"), not what the programme
// does ("Deliver sessions", "Increasing uptake").
#include "validation/RuleContext.h"

namespace el {

class WordingRules
{
    Q_DECLARE_TR_FUNCTIONS(el::WordingRules)
public:
    static void run(RuleContext &ctx);
    // The first word, when it makes the title read as an activity; empty otherwise.
    static QString activityWord(QStringView title);
};

} // namespace el
