#include "validation/StructureRules.h"

#include <algorithm>

namespace el {

namespace {
// The four stages every chain passes through; participation belongs with outputs
// (UW-Extension counts "who is reached" among the outputs).
int stage(NodeKind kind)
{
    switch (kind) {
    case NodeKind::Input:
        return 1;
    case NodeKind::Activity:
        return 2;
    case NodeKind::Participation:
    case NodeKind::Output:
        return 3;
    case NodeKind::OutcomeShort:
    case NodeKind::OutcomeMedium:
    case NodeKind::OutcomeLong:
    case NodeKind::Impact:
        return 4;
    default:
        return 0;
    }
}

// Case-insensitive hash of a trimmed title, without allocating.
size_t titleHash(QStringView title)
{
    size_t h = 1469598103934665603ULL;
    for (QChar c : title) {
        char16_t u = c.unicode();
        if (u < 128)
            u = (u >= u'A' && u <= u'Z') ? static_cast<char16_t>(u + 32) : u;
        else
            u = c.toCaseFolded().unicode();
        h = (h ^ u) * 1099511628211ULL;
    }
    return h;
}
} // namespace

void StructureRules::run(RuleContext &ctx)
{
    checkLinks(ctx);
    checkCycles(ctx);
    checkNodes(ctx);
    checkTitles(ctx);
}

void StructureRules::checkLinks(RuleContext &ctx)
{
    const auto &links = ctx.graph.links();
    for (size_t i = 0; i < links.size(); ++i) {
        const GraphIndex::LinkInfo &l = links[i];
        const int li = static_cast<int>(i);
        if (l.cls == LinkClass::Backward) {
            const RuleContext::Wording &w = ctx.wording("EL101", [] {
                return RuleContext::Wording{
                    MessageTemplate(
                        tr("The link from %1 to %2 goes backwards: %3 come before %4.")),
                    tr("Links run left to right, from inputs towards impact. Reverse the link if "
                       "the arrow points the wrong way, or delete it."),
                    {}};
            });
            ctx.addAboutLink(li, w, Severity::Error,
                             w.message.fill({ctx.describe(l.from), ctx.describe(l.to),
                                             nodeKindTitle(ctx.graph.kind(l.to)).toLower(),
                                             nodeKindTitle(ctx.graph.kind(l.from)).toLower()}));
        } else if (l.cls == LinkClass::SameColumn && l.from != l.to) {
            const RuleContext::Wording &w = ctx.wording("EL102", [] {
                return RuleContext::Wording{
                    MessageTemplate(tr("%1 leads to %2 in the same column (%3).")),
                    tr("A chain moves one column at a time. Move one of the cards to the column "
                       "it belongs in, or link both to the next column instead."),
                    {}};
            });
            ctx.addAboutLink(li, w, Severity::Warning,
                             w.message.fill({ctx.describe(l.from), ctx.describe(l.to),
                                             nodeKindTitle(ctx.graph.kind(l.from))}));
        } else if (l.cls == LinkClass::Forward) {
            const int a = stage(ctx.graph.kind(l.from));
            const int b = stage(ctx.graph.kind(l.to));
            if (a == 0 || b - a < 2)
                continue;
            const QString skipped
                = a == 1 ? nodeKindTitle(NodeKind::Activity) : nodeKindTitle(NodeKind::Output);
            const RuleContext::Wording &w = ctx.wording("EL103", [] {
                return RuleContext::Wording{
                    MessageTemplate(tr("The link from %1 to %2 skips the %3 column.")),
                    tr("Add the step in between (for example what the activity produces), so a "
                       "reader can see how one leads to the other."),
                    {}};
            });
            ctx.addAboutLink(li, w, Severity::Info,
                             w.message.fill({ctx.describe(l.from), ctx.describe(l.to), skipped}));
        } else if (l.cls == LinkClass::Annotation) {
            const RuleContext::Wording &w = ctx.wording("EL111", [] {
                return RuleContext::Wording{
                    MessageTemplate(tr("The link from %1 to %2 touches an assumption or external "
                                       "factor; such links are not part of any chain.")),
                    tr("Delete the link and say in the assumption's description which step it "
                       "concerns."),
                    {}};
            });
            ctx.addAboutLink(li, w, Severity::Info,
                             w.message.fill({ctx.describe(l.from), ctx.describe(l.to)}));
        }
    }
}

void StructureRules::checkCycles(RuleContext &ctx)
{
    for (const GraphIndex::Cycle &c : ctx.graph.cycles()) {
        std::vector<int> loop = c.nodes;
        loop.push_back(c.nodes.front());
        Diagnostic &d = ctx.add(
            "EL104", Severity::Error,
            tr("These cards form a loop: %1. A chain must run one way, from inputs to impact.")
                .arg(ctx.chainText(loop)),
            tr("Delete or reverse one of the links in the loop."));
        d.nodes = ctx.ids(c.nodes);
        for (int l : c.links)
            d.links << ctx.linkId(l);
        d.chain = ctx.ids(loop);
    }
}

void StructureRules::checkNodes(RuleContext &ctx)
{
    const GraphIndex &g = ctx.graph;
    for (int v = 0; v < g.nodeCount(); ++v) {
        const NodeKind kind = g.kind(v);
        if (isAnnotation(kind) || kind == NodeKind::Situation)
            continue;
        if (g.degree(v) == 0) {
            const RuleContext::Wording &w = ctx.wording("EL105", [] {
                return RuleContext::Wording{
                    MessageTemplate(tr("%1 has no links.")),
                    tr("Link it to what leads to it and to what it leads to, or delete it if it "
                       "is no longer part of the model."),
                    {}};
            });
            ctx.addAboutCard(v, w, Severity::Warning);
        }
        if (kind == NodeKind::Activity && g.degree(v) > 0 && !ctx.chains.outcomeDownstream(v)) {
            const RuleContext::Wording &w = ctx.wording("EL106", [] {
                return RuleContext::Wording{
                    MessageTemplate(tr("%1 leads to no outcome or impact: it is a dead end.")),
                    tr("Link it, through what it produces, to the outcome it is meant to bring "
                       "about; or delete it if it no longer serves the model."),
                    {}};
            });
            Diagnostic &d = ctx.addAboutCard(v, w, Severity::Warning);
            ctx.setChain(d, ctx.chains.exampleThrough(v), 0);
        }
        if (isOutcomeOrImpact(kind) && !ctx.chains.activityUpstream(v)) {
            const RuleContext::Wording &w = ctx.wording("EL107", [] {
                return RuleContext::Wording{
                    MessageTemplate(
                        tr("No activity leads to %1, so nothing in the model brings it about.")),
                    tr("Link it from the output (or earlier outcome) through which an activity "
                       "brings it about."),
                    {}};
            });
            ctx.addAboutCard(v, w, Severity::Error);
        }
        if (kind == NodeKind::Output && !ctx.chains.activityUpstream(v)) {
            const RuleContext::Wording &w = ctx.wording("EL108", [] {
                return RuleContext::Wording{
                    MessageTemplate(tr("No activity produces %1.")),
                    tr("Link the activity that produces this output to it."),
                    {}};
            });
            ctx.addAboutCard(v, w, Severity::Error);
        }
    }
}

void StructureRules::checkTitles(RuleContext &ctx)
{
    const GraphIndex &g = ctx.graph;
    struct Entry
    {
        int column;
        size_t hash;
        int node;
    };
    std::vector<Entry> entries;
    entries.reserve(static_cast<size_t>(g.nodeCount()));
    for (int v = 0; v < g.nodeCount(); ++v) {
        const QStringView title = QStringView(g.node(v).title).trimmed();
        if (title.isEmpty()) {
            const RuleContext::Wording &w = ctx.wording("EL109", [] {
                return RuleContext::Wording{MessageTemplate(tr("A card in %1 has no title.")),
                                            tr("Give it a short title that says what it is."),
                                            {}};
            });
            ctx.addAboutCard(v, w, Severity::Error, w.message.fill({nodeKindTitle(g.kind(v))}));
            continue;
        }
        entries.push_back({g.column(v), titleHash(title), v});
    }
    std::sort(entries.begin(), entries.end(), [](const Entry &a, const Entry &b) {
        return std::tie(a.column, a.hash, a.node) < std::tie(b.column, b.hash, b.node);
    });
    std::vector<std::uint8_t> taken(entries.size(), 0);
    for (size_t i = 0; i < entries.size(); ++i) {
        if (taken[i])
            continue;
        const QStringView title = QStringView(g.node(entries[i].node).title).trimmed();
        std::vector<int> same{entries[i].node};
        for (size_t j = i + 1; j < entries.size() && entries[j].column == entries[i].column
                               && entries[j].hash == entries[i].hash;
             ++j) {
            const QStringView other = QStringView(g.node(entries[j].node).title).trimmed();
            if (!taken[j] && title.compare(other, Qt::CaseInsensitive) == 0) {
                taken[j] = 1;
                same.push_back(entries[j].node);
            }
        }
        if (same.size() < 2)
            continue;
        Diagnostic &d = ctx.add(
            "EL110", Severity::Warning,
            tr("%1 cards in %2 have the same title, “%3”.")
                .arg(same.size())
                .arg(nodeKindTitle(g.kind(same.front())), title.toString()),
            tr("Merge them into one card that keeps all their links, or give each a title that "
               "tells them apart."));
        d.nodes = ctx.ids(same);
    }
}

} // namespace el
