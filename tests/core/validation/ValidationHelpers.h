#pragma once
// Small models for the validator's tests: a clean chain that no rule objects to, and helpers to
// run the validator and pick out the findings of one rule.
#include "ModelBuilder.h"
#include "validation/Validator.h"

namespace el::test {

inline Indicator completeIndicator(const QString &title = QStringLiteral("Employment rate"))
{
    Indicator i;
    i.id = IndicatorId::create();
    i.title = title;
    i.measure = Measure::Percentage;
    i.source = QStringLiteral("Annual Population Survey");
    i.baseline = {61.0, QDate(2023, 3, 31)};
    i.target = {65.0, QDate(2027, 3, 31)};
    i.disaggregation = {QStringLiteral("deprivation"), QStringLiteral("ethnicity")};
    return i;
}

// input → activity → output → short-term outcome (principle 3, measured, population named)
// → impact (principle 3).
struct CleanModel
{
    ModelBuilder b;
    NodeId input, activity, output, outcome, impact;

    CleanModel()
    {
        input = b.node(NodeKind::Input, QStringLiteral("Employment advisers"));
        activity = b.node(NodeKind::Activity, QStringLiteral("Run job clubs in GP surgeries"));
        output = b.node(NodeKind::Output, QStringLiteral("Job club sessions held"));
        outcome = b.node(NodeKind::OutcomeShort, QStringLiteral("More patients in good work"), {3});
        b.last().population = QStringLiteral("Adults with long-term conditions in Marsh Farm");
        b.last().indicators << completeIndicator();
        impact = b.node(NodeKind::Impact, QStringLiteral("Narrower employment gap"), {3});
        b.link(input, activity);
        b.link(activity, output);
        b.link(output, outcome);
        b.link(outcome, impact);
    }
};

inline QList<Diagnostic> check(const ModelBuilder &b)
{
    auto project = b.project();
    return Validator::validateModel(*project, *project->modelAt(0));
}

inline QList<Diagnostic> withCode(const QList<Diagnostic> &all, const char *code)
{
    QList<Diagnostic> out;
    for (const Diagnostic &d : all) {
        if (d.code == QLatin1String(code))
            out << d;
    }
    return out;
}

inline QStringList codes(const QList<Diagnostic> &all)
{
    QStringList out;
    for (const Diagnostic &d : all)
        out << d.code;
    return out;
}

} // namespace el::test
