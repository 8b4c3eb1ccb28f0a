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
            Diagnostic &d = ctx.add(
                "EL101", Severity::Error,
                tr("The link from %1 to %2 goes backwards: %3 come before %4.")
                    .arg(ctx.describe(l.from), ctx.describe(l.to),
                         nodeKindTitle(ctx.graph.kind(l.to)).toLower(),
                         nodeKindTitle(ctx.graph.kind(l.from)).toLower()),
                tr("Links run left to right, from inputs towards impact. Reverse the link if the "
                   "arrow points the wrong way, or delete it."));
            d.nodes = {ctx.id(l.from), ctx.id(l.to)};
            d.links = {ctx.linkId(li)};
        } else if (l.cls == LinkClass::SameColumn && l.from != l.to) {
            Diagnostic &d = ctx.add(
                "EL102", Severity::Warning,
                tr("%1 leads to %2 in the same column (%3).")
                    .arg(ctx.describe(l.from), ctx.describe(l.to),
                         nodeKindTitle(ctx.graph.kind(l.from))),
                tr("A chain moves one column at a time. Move one of the cards to the column it "
                   "belongs in, or link both to the next column instead."));
            d.nodes = {ctx.id(l.from), ctx.id(l.to)};
            d.links = {ctx.linkId(li)};
        } else if (l.cls == LinkClass::Forward) {
            const int a = stage(ctx.graph.kind(l.from));
            const int b = stage(ctx.graph.kind(l.to));
            if (a == 0 || b - a < 2)
                continue;
            const QString skipped
                = a == 1 ? nodeKindTitle(NodeKind::Activity) : nodeKindTitle(NodeKind::Output);
            Diagnostic &d = ctx.add(
                "EL103", Severity::Info,
                tr("The link from %1 to %2 skips the %3 column.")
                    .arg(ctx.describe(l.from), ctx.describe(l.to), skipped),
                tr("Add the step in between (for example what the activity produces), so a "
                   "reader can see how one leads to the other."));
            d.nodes = {ctx.id(l.from), ctx.id(l.to)};
            d.links = {ctx.linkId(li)};
        } else if (l.cls == LinkClass::Annotation) {
            Diagnostic &d = ctx.add(
                "EL111", Severity::Info,
                tr("The link from %1 to %2 touches an assumption or external factor; such links "
                   "are not part of any chain.")
                    .arg(ctx.describe(l.from), ctx.describe(l.to)),
                tr("Delete the link and say in the assumption's description which step it "
                   "concerns."));
            d.nodes = {ctx.id(l.from), ctx.id(l.to)};
            d.links = {ctx.linkId(li)};
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
            Diagnostic &d = ctx.add(
                "EL105", Severity::Warning, tr("%1 has no links.").arg(ctx.describe(v)),
                tr("Link it to what leads to it and to what it leads to, or delete it if it is no "
                   "longer part of the model."));
            d.nodes = {ctx.id(v)};
        }
        if (kind == NodeKind::Activity && g.degree(v) > 0 && !ctx.chains.outcomeDownstream(v)) {
            Diagnostic &d = ctx.add(
                "EL106", Severity::Warning,
                tr("%1 leads to no outcome or impact: it is a dead end.").arg(ctx.describe(v)),
                tr("Link it, through what it produces, to the outcome it is meant to bring about; "
                   "or delete it if it no longer serves the model."));
            d.nodes = {ctx.id(v)};
            ctx.setChain(d, ctx.chains.exampleThrough(v), 0);
        }
        if (isOutcomeOrImpact(kind) && !ctx.chains.activityUpstream(v)) {
            Diagnostic &d = ctx.add(
                "EL107", Severity::Error,
                tr("No activity leads to %1, so nothing in the model brings it about.")
                    .arg(ctx.describe(v)),
                tr("Link it from the output (or earlier outcome) through which an activity "
                   "brings it about."));
            d.nodes = {ctx.id(v)};
        }
        if (kind == NodeKind::Output && !ctx.chains.activityUpstream(v)) {
            Diagnostic &d = ctx.add("EL108", Severity::Error,
                                    tr("No activity produces %1.").arg(ctx.describe(v)),
                                    tr("Link the activity that produces this output to it."));
            d.nodes = {ctx.id(v)};
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
            Diagnostic &d = ctx.add("EL109", Severity::Error,
                                    tr("A card in %1 has no title.").arg(nodeKindTitle(g.kind(v))),
                                    tr("Give it a short title that says what it is."));
            d.nodes = {ctx.id(v)};
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
