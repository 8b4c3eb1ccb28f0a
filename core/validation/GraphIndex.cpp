#include "validation/GraphIndex.h"

#include "validation/NodeLookup.h"

#include <algorithm>

namespace el {

namespace {
// Beyond this many cycles in one model, further ones are broken silently: the first few are
// enough for a person to find and fix, and finding each costs a walk.
constexpr size_t maxReportedCycles = 20;

// Counting sort of items into adjacency arrays: start[v]..start[v+1] holds v's entries.
template<class Key, class Value>
void buildCsr(int nodeCount, const std::vector<int> &linkIdx, Key key, Value value,
              std::vector<int> &start, std::vector<int> &items)
{
    start.assign(static_cast<size_t>(nodeCount) + 1, 0);
    for (int l : linkIdx)
        ++start[static_cast<size_t>(key(l)) + 1];
    for (size_t i = 1; i < start.size(); ++i)
        start[i] += start[i - 1];
    items.assign(linkIdx.size(), 0);
    std::vector<int> fill(start.begin(), start.end() - 1);
    for (int l : linkIdx)
        items[static_cast<size_t>(fill[static_cast<size_t>(key(l))]++)] = value(l);
}
} // namespace

GraphIndex::GraphIndex(const LogicModel &model)
    : m_model(model)
{
    const QList<Node> &nodes = model.nodes();
    m_kind.reserve(static_cast<size_t>(nodes.size()));
    for (const Node &n : nodes)
        m_kind.push_back(n.kind);
    m_degree.assign(m_kind.size(), 0);
    classifyLinks();
    sortTopologically();
    buildChainAdjacency();
}

bool GraphIndex::inChains(int link) const
{
    const LinkInfo &l = m_links[static_cast<size_t>(link)];
    return !l.dropped && (l.cls == LinkClass::Forward || l.cls == LinkClass::SameColumn);
}

void GraphIndex::classifyLinks()
{
    const QList<Link> &links = m_model.links();
    const NodeLookup lookup(m_model.nodes());
    m_links.resize(static_cast<size_t>(links.size()));
    constexpr qsizetype ahead = 16;
    for (qsizetype i = 0; i < links.size(); ++i) {
        if (i + ahead < links.size()) {
            lookup.prefetch(links[i + ahead].from);
            lookup.prefetch(links[i + ahead].to);
        }
        LinkInfo &info = m_links[static_cast<size_t>(i)];
        info.from = lookup.find(links[i].from);
        info.to = lookup.find(links[i].to);
        if (info.from < 0 || info.to < 0) {
            info.cls = LinkClass::Dangling;
            continue;
        }
        ++m_degree[static_cast<size_t>(info.from)];
        if (info.to != info.from)
            ++m_degree[static_cast<size_t>(info.to)];
        const NodeKind a = kind(info.from);
        const NodeKind b = kind(info.to);
        if (isAnnotation(a) || isAnnotation(b))
            info.cls = LinkClass::Annotation;
        else if (nodeKindColumn(b) > nodeKindColumn(a))
            info.cls = LinkClass::Forward;
        else if (nodeKindColumn(b) == nodeKindColumn(a))
            info.cls = LinkClass::SameColumn;
        else
            info.cls = LinkClass::Backward;
    }
}

void GraphIndex::sortTopologically()
{
    // Cycles are looked for among all links between chain nodes, backward ones included: a
    // backward link that closes a loop is a loop the person drew.
    const int n = nodeCount();
    std::vector<int> graphLinks;
    graphLinks.reserve(m_links.size());
    for (size_t i = 0; i < m_links.size(); ++i) {
        const LinkClass c = m_links[i].cls;
        if (c == LinkClass::Forward || c == LinkClass::SameColumn || c == LinkClass::Backward)
            graphLinks.push_back(static_cast<int>(i));
    }
    const auto from = [this](int l) {
        return m_links[static_cast<size_t>(l)].from;
    };
    const auto to = [this](int l) {
        return m_links[static_cast<size_t>(l)].to;
    };
    const auto self = [](int l) {
        return l;
    };
    std::vector<int> outStart, outLinks, inStart, inLinks;
    buildCsr(n, graphLinks, from, self, outStart, outLinks);
    buildCsr(n, graphLinks, to, self, inStart, inLinks);

    std::vector<int> remainingIn(static_cast<size_t>(n));
    for (int v = 0; v < n; ++v)
        remainingIn[static_cast<size_t>(v)]
            = inStart[static_cast<size_t>(v) + 1] - inStart[static_cast<size_t>(v)];
    std::vector<std::uint8_t> done(static_cast<size_t>(n), 0);
    std::vector<int> queue;
    queue.reserve(static_cast<size_t>(n));
    for (int v = 0; v < n; ++v) {
        if (remainingIn[static_cast<size_t>(v)] == 0)
            queue.push_back(v);
    }
    m_order.clear();
    m_order.reserve(static_cast<size_t>(n));
    size_t head = 0;
    int scan = 0;
    while (static_cast<int>(m_order.size()) < n) {
        if (head == queue.size()) {
            // Stalled: every node left is on a cycle or after one. Name one cycle, then release
            // its leftmost node by dropping its links from nodes not yet placed.
            while (done[static_cast<size_t>(scan)])
                ++scan;
            int release = scan;
            if (m_cycles.size() < maxReportedCycles) {
                findCycle(done, scan, inStart, inLinks);
                release = m_cycles.back().nodes.front();
            }
            for (int i = inStart[static_cast<size_t>(release)];
                 i < inStart[static_cast<size_t>(release) + 1]; ++i) {
                LinkInfo &l = m_links[static_cast<size_t>(inLinks[static_cast<size_t>(i)])];
                if (!done[static_cast<size_t>(l.from)])
                    l.dropped = true;
            }
            remainingIn[static_cast<size_t>(release)] = 0;
            queue.push_back(release);
        }
        const int v = queue[head++];
        done[static_cast<size_t>(v)] = 1;
        m_order.push_back(v);
        for (int i = outStart[static_cast<size_t>(v)]; i < outStart[static_cast<size_t>(v) + 1];
             ++i) {
            const LinkInfo &l = m_links[static_cast<size_t>(outLinks[static_cast<size_t>(i)])];
            if (l.dropped)
                continue;
            if (--remainingIn[static_cast<size_t>(l.to)] == 0)
                queue.push_back(l.to);
        }
    }
}

void GraphIndex::findCycle(const std::vector<std::uint8_t> &done, int start,
                           const std::vector<int> &inStart, const std::vector<int> &inLinks)
{
    // Every node not yet placed still has a predecessor not yet placed, so walking backwards
    // from one must come round to a node already walked: that closes a cycle.
    std::vector<int> pathNodes{start};
    std::vector<int> pathLinks;
    std::vector<int> position(static_cast<size_t>(nodeCount()), -1);
    position[static_cast<size_t>(start)] = 0;
    int u = start;
    for (;;) {
        int pred = -1;
        int via = -1;
        for (int i = inStart[static_cast<size_t>(u)]; i < inStart[static_cast<size_t>(u) + 1];
             ++i) {
            const int li = inLinks[static_cast<size_t>(i)];
            const LinkInfo &l = m_links[static_cast<size_t>(li)];
            if (!l.dropped && !done[static_cast<size_t>(l.from)]) {
                pred = l.from;
                via = li;
                break;
            }
        }
        Q_ASSERT(pred >= 0);
        if (pred < 0)
            return;
        pathLinks.push_back(via);
        if (position[static_cast<size_t>(pred)] >= 0) {
            // pathNodes[j..k-1] with links pathLinks[j..k-1] (each from the next node to the
            // previous): read backwards, that is the cycle in link order.
            const auto j = static_cast<size_t>(position[static_cast<size_t>(pred)]);
            Cycle c;
            c.nodes.push_back(pred);
            for (size_t i = pathNodes.size() - 1; i > j; --i)
                c.nodes.push_back(pathNodes[i]);
            for (size_t i = pathLinks.size(); i > j; --i)
                c.links.push_back(pathLinks[i - 1]);
            // Start at the leftmost node, so the same cycle is always named the same way.
            size_t best = 0;
            for (size_t i = 1; i < c.nodes.size(); ++i) {
                if (column(c.nodes[i]) < column(c.nodes[best])
                    || (column(c.nodes[i]) == column(c.nodes[best]) && c.nodes[i] < c.nodes[best]))
                    best = i;
            }
            std::rotate(c.nodes.begin(), c.nodes.begin() + static_cast<long>(best), c.nodes.end());
            std::rotate(c.links.begin(), c.links.begin() + static_cast<long>(best), c.links.end());
            m_cycles.push_back(std::move(c));
            return;
        }
        position[static_cast<size_t>(pred)] = static_cast<int>(pathNodes.size());
        pathNodes.push_back(pred);
        u = pred;
    }
}

void GraphIndex::buildChainAdjacency()
{
    std::vector<int> chainLinks;
    chainLinks.reserve(m_links.size());
    for (size_t i = 0; i < m_links.size(); ++i) {
        if (inChains(static_cast<int>(i)))
            chainLinks.push_back(static_cast<int>(i));
    }
    const auto from = [this](int l) {
        return m_links[static_cast<size_t>(l)].from;
    };
    const auto to = [this](int l) {
        return m_links[static_cast<size_t>(l)].to;
    };
    buildCsr(nodeCount(), chainLinks, from, to, m_outStart, m_out);
    buildCsr(nodeCount(), chainLinks, to, from, m_inStart, m_in);
}

} // namespace el
