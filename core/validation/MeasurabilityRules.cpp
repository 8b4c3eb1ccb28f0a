#include "validation/MeasurabilityRules.h"

#include "validation/PrincipleRules.h"

#include <array>

namespace el {

void MeasurabilityRules::run(RuleContext &ctx)
{
    const GraphIndex &g = ctx.graph;
    bool anyIndicator = false;
    bool anyChainNode = false;
    std::array<QString, 256> numbers; // "principles 1 and 3", by set of principles
    for (int v = 0; v < g.nodeCount(); ++v) {
        const Node &node = g.node(v);
        anyChainNode = anyChainNode || !isAnnotation(node.kind);
        for (const Indicator &indicator : node.indicators) {
            anyIndicator = true;
            checkIndicator(ctx, v, indicator);
        }
        if (isOutcome(node.kind) && !node.principles.isEmpty() && node.indicators.isEmpty()) {
            const RuleContext::Wording &w = ctx.wording("EL301", [] {
                return RuleContext::Wording{
                    MessageTemplate(tr("%1 serves %2 but has no indicator, so nobody can tell "
                                       "whether it happens.")),
                    tr("Add an indicator (a KPI) with a baseline and a target. The typical "
                       "indicators of the principle are a good start."),
                    {}};
            });
            QString &served = numbers[node.principles.bits()];
            if (served.isNull())
                served = PrincipleRules::principleNumbers(node.principles);
            ctx.addAboutCard(v, w, Severity::Error, w.message.fill({ctx.describeView(v), served}));
        }
    }
    if (anyChainNode && !anyIndicator) {
        ctx.add("EL303", Severity::Warning,
                tr("This model has no indicators, so none of its outcomes can be measured."),
                tr("Attach at least one indicator, with a baseline and a target, to each outcome "
                   "that serves a principle."));
    }
}

void MeasurabilityRules::checkIndicator(RuleContext &ctx, int v, const Indicator &indicator)
{
    // A qualitative indicator has no number: a dated description is its baseline or target.
    const bool qualitative = indicator.measure == Measure::Qualitative;
    QStringList missing;
    if (qualitative ? indicator.baseline.isEmpty() : !indicator.baseline.value)
        missing << tr("baseline");
    if (qualitative ? false : !indicator.target.value)
        missing << tr("target");
    if (!indicator.target.date.isValid())
        missing << tr("target date");
    if (indicator.source.trimmed().isEmpty())
        missing << tr("data source");
    if (missing.isEmpty())
        return;
    QString list = missing.takeLast();
    if (!missing.isEmpty())
        list = tr("%1 or %2").arg(missing.join(QStringLiteral(", ")), list);
    const QString title
        = indicator.title.trimmed().isEmpty() ? tr("(untitled)") : indicator.title.trimmed();
    const RuleContext::Wording &w = ctx.wording("EL302", [] {
        return RuleContext::Wording{
            MessageTemplate(tr("The indicator “%1” on %2 has no %3.")),
            tr("Fill in the missing details, so that progress can be judged "
               "against where you started and where you aim to be, and by when."),
            {}};
    });
    Diagnostic &d = ctx.addAboutCard(v, w, Severity::Warning,
                                     w.message.fill({title, ctx.describeView(v), list}));
    d.indicator = indicator.id;
}

} // namespace el
