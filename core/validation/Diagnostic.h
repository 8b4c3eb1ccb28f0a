#pragma once
// One finding of the validator: a rule's code, how serious it is, what is wrong in plain English,
// what it concerns, one example chain, and how to fix it.
#include "model/Ids.h"
#include "model/Waiver.h"

#include <QList>
#include <QString>
#include <memory>

namespace el {

enum class Severity { Error, Warning, Info };

QString severityKey(Severity severity);   // "error", "warning", "info"
QString severityTitle(Severity severity); // translated, for people

struct Diagnostic
{
    QString code; // stable, for example "EL101"
    Severity severity = Severity::Warning;
    QString message;     // names the nodes by title
    QString hint;        // how to fix it
    ModelId model;       // null for project-wide findings
    QList<NodeId> nodes; // what it concerns
    QList<LinkId> links;
    QList<NodeId> chain;    // one example chain, where it is about chains
    quint64 chainCount = 0; // how many chains are affected (saturating)
    bool waived = false;
    QString justification; // when waived
    int principle = 0;     // the Marmot principle (1-8) it is about, 0 when none
    IndicatorId indicator; // the indicator it is about, null when none
    // EL701 only: the accepted finding (waiver) that no longer matches any finding.
    std::shared_ptr<const Waiver> staleWaiver;

    // Stable key within its model, used to match waivers: the code, the principle and the ids
    // concerned (sorted), so it survives reordering, renaming and moving; for EL701, also the
    // subject of the stale waiver it is about.
    QString key() const;
    // True when chainCount reached the ceiling: "more than 18 quintillion".
    bool chainCountSaturated() const;
};

} // namespace el

// Its members (strings, lists, ids, a shared pointer) move by plain copying of bytes, so lists of
// findings grow without running a move constructor for each.
Q_DECLARE_TYPEINFO(el::Diagnostic, Q_RELOCATABLE_TYPE);
