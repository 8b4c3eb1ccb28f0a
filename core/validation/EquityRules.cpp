#include "validation/EquityRules.h"

namespace el {

namespace {
bool anyContains(const QStringList &list, std::initializer_list<QLatin1String> needles)
{
    for (const QString &item : list) {
        for (QLatin1String needle : needles) {
            if (item.contains(needle, Qt::CaseInsensitive))
                return true;
        }
    }
    return false;
}
} // namespace

bool EquityRules::byDeprivation(const Indicator &indicator)
{
    return anyContains(indicator.disaggregation,
                       {QLatin1String("depriv"), QLatin1String("imd"), QLatin1String("income")});
}

bool EquityRules::byEthnicity(const Indicator &indicator)
{
    return anyContains(indicator.disaggregation, {QLatin1String("ethnic")});
}

void EquityRules::run(RuleContext &ctx)
{
    const GraphIndex &g = ctx.graph;
    bool anyIndicator = false, deprivation = false, ethnicity = false;
    for (int v = 0; v < g.nodeCount(); ++v) {
        const Node &node = g.node(v);
        anyIndicator = anyIndicator || !node.indicators.isEmpty();
        for (qsizetype i = 0; i < node.indicators.size() && !(deprivation && ethnicity); ++i) {
            deprivation = deprivation || byDeprivation(node.indicators[i]);
            ethnicity = ethnicity || byEthnicity(node.indicators[i]);
        }
        if (isOutcome(node.kind) && node.population.trimmed().isEmpty()) {
            const RuleContext::Wording &w = ctx.wording("EL401", [] {
                return RuleContext::Wording{
                    MessageTemplate(
                        tr("%1 does not name the population whose gap it aims to narrow.")),
                    tr("Fill in its population, for example “Households in the most deprived 20% "
                       "of wards” or “Black and minority ethnic young people not in work”."),
                    {}};
            });
            ctx.addAboutCard(v, w, Severity::Warning);
        }
    }
    // With no indicator at all, EL303 already says the model cannot be measured.
    if (!anyIndicator)
        return;
    if (!deprivation) {
        ctx.add("EL402", Severity::Warning,
                tr("No indicator in this model is broken down by deprivation, so it cannot show "
                   "whether the gap between the most and least deprived areas narrows."),
                tr("Break at least one key indicator down by deprivation decile or quintile "
                   "(Index of Multiple Deprivation)."));
    }
    if (!ethnicity) {
        ctx.add("EL403", Severity::Warning,
                tr("No indicator in this model is broken down by ethnicity, so it cannot show "
                   "progress on principle 7, Tackle racism, discrimination and their outcomes."),
                tr("Break at least one key indicator down by ethnicity."));
    }
}

} // namespace el
