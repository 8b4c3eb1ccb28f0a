#pragma once
// A finding of the validator that the team has accepted, with the reason written down.
#include "model/Ids.h"

#include <QString>

namespace el {

struct Waiver
{
    ModelId model;   // null for a project-wide finding
    QString code;    // the rule, for example "EL301"
    QString subject; // the finding's stable key within its model (see Diagnostic::key())
    QString justification;

    friend bool operator==(const Waiver &, const Waiver &) = default;
};

} // namespace el
