#include "validation/HousekeepingRules.h"

#include "validation/RuleContext.h"

#include <QHash>

namespace el {

namespace {
// What an accepted finding was about, read back from its subject
// ("EL203|p:5|n:<id>,<id>|l:<id>|i:<id>", see Diagnostic::key()).
struct Subject
{
    int principle = 0;
    QList<NodeId> nodes;
    QList<LinkId> links;
    IndicatorId indicator;
};

template<class IdT>
QList<IdT> idsIn(QStringView list)
{
    QList<IdT> out;
    for (QStringView text : list.split(QLatin1Char(','))) {
        const IdT id = IdT::fromString(text);
        if (!id.isNull())
            out << id;
    }
    return out;
}

Subject parse(QStringView subject)
{
    Subject s;
    const QList<QStringView> parts = subject.split(QLatin1Char('|'));
    for (qsizetype i = 1; i < parts.size(); ++i) { // parts[0] is the code
        const QStringView part = parts[i];
        if (part.startsWith(u"p:"))
            s.principle = part.mid(2).toInt();
        else if (part.startsWith(u"n:"))
            s.nodes = idsIn<NodeId>(part.mid(2));
        else if (part.startsWith(u"l:"))
            s.links = idsIn<LinkId>(part.mid(2));
        else if (part.startsWith(u"i:"))
            s.indicator = IndicatorId::fromString(part.mid(2));
        else if (part.startsWith(u"w:"))
            break; // the subject of an EL701 waived in turn: what follows is another subject
    }
    return s;
}
} // namespace

namespace {
// "A and B", "A, B and C".
QString joined(const QStringList &parts)
{
    if (parts.size() <= 1)
        return parts.value(0);
    return HousekeepingRules::tr("%1 and %2")
        .arg(parts.first(parts.size() - 1).join(QStringLiteral(", ")), parts.last());
}

// Finds indicators by id, the index built the first time one is asked for.
class IndicatorIndex
{
public:
    explicit IndicatorIndex(const LogicModel *model)
        : m_model(model)
    {}
    const Indicator *find(IndicatorId id)
    {
        if (!m_model)
            return nullptr;
        if (!m_built) {
            for (const Node &n : m_model->nodes()) {
                for (const Indicator &i : n.indicators)
                    m_byId.insert(i.id, &i);
            }
            m_built = true;
        }
        return m_byId.value(id);
    }

private:
    const LogicModel *m_model;
    bool m_built = false;
    QHash<IndicatorId, const Indicator *> m_byId;
};

// Adds "a card since deleted" or "3 cards since deleted"; nothing for none.
void counted(QStringList &parts, int n, const QString &one, const QString &many)
{
    if (n == 1)
        parts << one;
    else if (n > 1)
        parts << many.arg(n);
}

// The cards, links and indicator of the subject that are still in the model, described, and
// those that are gone, counted; the cards and links still there go into the finding.
QString describe(const Subject &s, const LogicModel *model, IndicatorIndex &indicators,
                 Diagnostic &d)
{
    constexpr qsizetype shown = 3; // cards named in full; the rest are counted
    QStringList parts;
    if (s.principle != 0)
        parts << HousekeepingRules::tr("principle %1").arg(s.principle);
    int moreCards = 0, goneCards = 0;
    for (NodeId id : s.nodes) {
        const Node *n = model ? model->node(id) : nullptr;
        if (!n) {
            ++goneCards;
            continue;
        }
        d.nodes << id;
        if (d.nodes.size() <= shown)
            parts << RuleContext::describeNode(*n);
        else
            ++moreCards;
    }
    counted(parts, moreCards, HousekeepingRules::tr("1 more card"),
            HousekeepingRules::tr("%1 more cards"));
    counted(parts, goneCards, HousekeepingRules::tr("a card since deleted"),
            HousekeepingRules::tr("%1 cards since deleted"));
    int goneLinks = 0;
    for (LinkId id : s.links) {
        const Link *l = model ? model->link(id) : nullptr;
        if (!l) {
            ++goneLinks;
            continue;
        }
        d.links << id;
        // A link is named by its ends when the cards are not named already.
        if (s.nodes.isEmpty()) {
            const Node *from = model->node(l->from), *to = model->node(l->to);
            if (from && to)
                parts << HousekeepingRules::tr("the link from %1 to %2")
                             .arg(RuleContext::describeNode(*from), RuleContext::describeNode(*to));
        }
    }
    counted(parts, goneLinks, HousekeepingRules::tr("a link since deleted"),
            HousekeepingRules::tr("%1 links since deleted"));
    if (!s.indicator.isNull()) {
        if (const Indicator *i = indicators.find(s.indicator))
            parts << HousekeepingRules::tr("the indicator “%1”").arg(i->title.trimmed());
        else
            parts << HousekeepingRules::tr("an indicator since deleted");
    }
    return joined(parts);
}
} // namespace

void HousekeepingRules::checkStaleWaivers(const QList<const Waiver *> &stale,
                                          const LogicModel *model, bool modelGone,
                                          QList<Diagnostic> &out)
{
    if (stale.isEmpty())
        return;
    IndicatorIndex indicators(modelGone ? nullptr : model);
    for (const Waiver *w : stale) {
        Diagnostic d;
        d.code = QStringLiteral("EL701");
        d.severity = Severity::Info;
        d.model = modelGone ? ModelId() : w->model;
        d.staleWaiver = std::make_shared<const Waiver>(*w);
        // Of a model that is gone, nothing can be named.
        const QString about
            = modelGone ? QString() : describe(parse(w->subject), model, indicators, d);
        const QString finding = about.isEmpty() ? w->code : tr("%1 about %2").arg(w->code, about);
        if (modelGone)
            d.message = tr("The accepted finding %1 belongs to a model that is no longer in the "
                           "project. Remove the acceptance.")
                            .arg(finding);
        else if (model)
            d.message = tr("The accepted finding %1 no longer matches any finding in this model: "
                           "the problem was fixed, or the cards it named were changed or deleted. "
                           "Remove the acceptance, or, if the problem has moved to other cards, "
                           "accept the finding shown there instead.")
                            .arg(finding);
        else
            d.message = tr("The accepted finding %1 no longer matches any finding in the project: "
                           "the problem was fixed, or it now shows as a different finding. Remove "
                           "the acceptance, or accept the new finding instead.")
                            .arg(finding);
        d.hint = w->justification.trimmed().isEmpty()
                     ? tr("It was accepted without a reason. Removing the acceptance changes "
                          "nothing else in the project.")
                     : tr("It was accepted because: “%1”. If that still holds for a finding shown "
                          "now, accept that finding with the same reason; removing this "
                          "acceptance changes nothing else in the project.")
                           .arg(w->justification.trimmed());
        out << std::move(d);
    }
}

} // namespace el
