#pragma once
// One finding of the validator: a rule's code, how serious it is, what is wrong in plain English,
// what it concerns, one example chain, and how to fix it.
#include "model/Ids.h"

#include <QList>
#include <QString>

namespace el {

enum class Severity { Error, Warning, Info };

QString severityKey(Severity severity); // "error", "warning", "info"
QString severityTitle(Severity severity); // translated, for people

struct Diagnostic
{
    QString code;           // stable, for example "EL101"
    Severity severity = Severity::Warning;
    QString message;        // names the nodes by title
    QString hint;           // how to fix it
    ModelId model;          // null for project-wide findings
    QList<NodeId> nodes;    // what it concerns
    QList<LinkId> links;
    QList<NodeId> chain;    // one example chain, where it is about chains
    quint64 chainCount = 0; // how many chains are affected (saturating)
    bool waived = false;
    QString justification; // when waived

    // Stable key within its model, used to match waivers: the code and the ids concerned.
    QString key() const;
};

} // namespace el
