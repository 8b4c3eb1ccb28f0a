#include "validation/PrincipleRules.h"

#include "principles/PrincipleCatalogue.h"
#include "validation/Saturating.h"

namespace el {

QString PrincipleRules::principleText(int number)
{
    QString wording = PrincipleCatalogue::principle(number).wording;
    if (wording.endsWith(QLatin1Char('.')))
        wording.chop(1);
    return tr("principle %1, %2").arg(number).arg(wording);
}

QString PrincipleRules::principleNumbers(PrincipleSet set)
{
    const QList<int> numbers = set.numbers();
    if (numbers.size() == 1)
        return tr("principle %1").arg(numbers.front());
    QStringList texts;
    for (int n : numbers.first(numbers.size() - 1))
        texts << QString::number(n);
    return tr("principles %1 and %2").arg(texts.join(QStringLiteral(", "))).arg(numbers.back());
}

void PrincipleRules::run(RuleContext &ctx)
{
    const GraphIndex &g = ctx.graph;
    const ChainAnalysis &c = ctx.chains;
    for (int v = 0; v < g.nodeCount(); ++v) {
        const NodeKind kind = g.kind(v);
        if (isAnnotation(kind) || kind == NodeKind::Situation)
            continue;
        if (isOutcomeOrImpact(kind)) {
            if (c.principles(v) == 0 && c.activityUpstream(v)) {
                const RuleContext::Wording &w = ctx.wording("EL201", [] {
                    return RuleContext::Wording{
                        MessageTemplate(tr("%1 does not say which Marmot principle it serves.")),
                        tr("Tick the principle (or principles) it serves in its properties. If "
                           "it serves none, ask whether it belongs in this model."),
                        {}};
                });
                Diagnostic &d = ctx.addAboutCard(v, w, Severity::Error);
                ctx.setChain(d, c.exampleThrough(v), c.chainsThrough(v));
            }
            continue;
        }
        if (kind == NodeKind::Activity) {
            const std::uint64_t unserved = saturating::mul(c.fromStarts(v), c.toEndsUnserved(v));
            if (unserved > 0) {
                const std::vector<int> example = c.exampleUnservedThrough(v);
                const RuleContext::Wording &w = ctx.wording("EL202", [] {
                    return RuleContext::Wording{
                        MessageTemplate(tr("%1 through %2 reach no outcome that serves a Marmot "
                                           "principle, for example %3.")),
                        tr("Tick the principles served by the outcomes these chains reach, or "
                           "link the activity to an outcome that serves one."),
                        {}};
                });
                Diagnostic &d = ctx.addAboutCard(
                    v, w, Severity::Error,
                    w.message.fill({RuleContext::chainCountText(unserved), ctx.describeView(v),
                                    ctx.chainText(example)}));
                ctx.setChain(d, example, unserved);
            }
        }
        const PrincipleSet missing = PrincipleSet::fromBits(c.principles(v))
                                         .minus(PrincipleSet::fromBits(c.principlesDownstream(v)));
        for (int p : missing.numbers()) {
            const RuleContext::Wording &w = ctx.wording("EL203", [] {
                return RuleContext::Wording{
                    MessageTemplate(tr("%1 claims %2, but no outcome it leads to serves it.")),
                    tr("Tick the principle on the outcome that delivers it, link this card to "
                       "such an outcome, or untick the principle here."),
                    {}};
            });
            Diagnostic &d = ctx.addAboutCard(
                v, w, Severity::Warning, w.message.fill({ctx.describeView(v), principleText(p)}));
            d.principle = p;
            ctx.setChain(d, c.exampleThrough(v), c.chainsThrough(v));
        }
    }
}

} // namespace el
