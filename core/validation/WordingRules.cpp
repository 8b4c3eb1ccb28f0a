#include "validation/WordingRules.h"

namespace el {

namespace {
// Verbs that open a description of work done rather than of a change.
constexpr const char *imperatives[] = {
    "deliver", "provide", "run",     "hold",     "offer",    "commission", "fund",  "launch",
    "set",     "host",    "recruit", "organise", "organize", "establish",  "train", "conduct",
};
// Stems of verbs of change; "-ing" on one of them ("Increasing") is usually meant as "-ed".
constexpr const char *changeStems[] = {
    "increas",  "improv", "reduc",   "decreas", "rais",   "lower",     "narrow", "widen",
    "strength", "build",  "develop", "deliver", "provid", "support",   "enabl",  "promot",
    "expand",   "enhanc", "tackl",   "address", "creat",  "establish", "ensur",  "encourag",
    "help",     "offer",  "run",     "hold",    "grow",   "boost",     "cut",    "prevent",
};
} // namespace

QString WordingRules::activityWord(QStringView title)
{
    title = title.trimmed();
    qsizetype end = 0;
    while (end < title.size() && (title[end].isLetter() || title[end] == QLatin1Char('-')))
        ++end;
    const QStringView word = title.first(end);
    if (word.isEmpty())
        return {};
    for (const char *verb : imperatives) {
        if (word.compare(QLatin1String(verb), Qt::CaseInsensitive) == 0)
            return word.toString();
    }
    if (word.size() > 5 && word.endsWith(QLatin1String("ing"), Qt::CaseInsensitive)) {
        for (const char *stem : changeStems) {
            if (word.startsWith(QLatin1String(stem), Qt::CaseInsensitive))
                return word.toString();
        }
    }
    return {};
}

void WordingRules::run(RuleContext &ctx)
{
    const GraphIndex &g = ctx.graph;
    for (int v = 0; v < g.nodeCount(); ++v) {
        if (!isOutcomeOrImpact(g.kind(v)))
            continue;
        const QString word = activityWord(g.node(v).title);
        if (word.isEmpty())
            continue;
        const RuleContext::Wording &w = ctx.wording("EL501", [] {
            return RuleContext::Wording{
                MessageTemplate(tr("%1 reads like an activity (“%2 ...”) rather than a change.")),
                tr("Word an outcome as the change you expect to see, for example “Increased "
                   "uptake of health checks” rather than “Increasing uptake” or “Deliver health "
                   "checks”."),
                {}};
        });
        ctx.addAboutCard(v, w, Severity::Info, w.message.fill({ctx.describeView(v), word}));
    }
}

} // namespace el
