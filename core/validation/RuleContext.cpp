#include "validation/RuleContext.h"

#include "validation/Saturating.h"

namespace el {

RuleContext::RuleContext(const GraphIndex &g, const ChainAnalysis &c, QList<Diagnostic> &out)
    : graph(g)
    , chains(c)
    , model(g.model())
    , m_out(out)
    , m_titled(tr("the %1 “%2”"))
    , m_quoted(tr("“%1”"))
    , m_arrow(QStringLiteral(" → "))
{}

int RuleContext::codeNumber(const char *code)
{
    int n = 0;
    for (const char *c = code; *c; ++c) {
        if (*c >= '0' && *c <= '9')
            n = n * 10 + (*c - '0');
    }
    return n % 1000;
}

const RuleContext::KindTexts &RuleContext::kindTexts(NodeKind kind) const
{
    KindTexts &t = m_kinds[static_cast<size_t>(kind)];
    if (!t.ready) {
        t.name = nodeKindName(kind);
        t.untitled = tr("an untitled %1").arg(t.name);
        t.inChain = tr("(untitled %1)").arg(t.name);
        t.ready = true;
    }
    return t;
}

QList<NodeId> RuleContext::ids(const std::vector<int> &nodes) const
{
    QList<NodeId> out;
    out.reserve(static_cast<qsizetype>(nodes.size()));
    for (int v : nodes)
        out << id(v);
    return out;
}

QString RuleContext::describe(int v) const
{
    const Node &n = graph.node(v);
    const QStringView title = QStringView(n.title).trimmed();
    const KindTexts &kind = kindTexts(n.kind);
    if (title.isEmpty())
        return kind.untitled;
    return m_titled.fill({kind.name, title});
}

QString RuleContext::describeNode(const Node &node)
{
    const QStringView title = QStringView(node.title).trimmed();
    const QString kind = nodeKindName(node.kind);
    if (title.isEmpty())
        return tr("an untitled %1").arg(kind);
    return tr("the %1 “%2”").arg(kind, title);
}

QStringView RuleContext::describeView(int v) const
{
    const Node &n = graph.node(v);
    const QStringView title = QStringView(n.title).trimmed();
    const KindTexts &kind = kindTexts(n.kind);
    if (title.isEmpty())
        return kind.untitled;
    m_scratch.resize(0); // keeps its capacity
    m_titled.appendTo(m_scratch, {kind.name, title});
    return m_scratch;
}

QString RuleContext::chainText(const std::vector<int> &nodes) const
{
    QString out;
    out.reserve(static_cast<qsizetype>(nodes.size()) * 24);
    for (size_t i = 0; i < nodes.size(); ++i) {
        if (i > 0)
            out += m_arrow;
        const QStringView title = QStringView(graph.node(nodes[i]).title).trimmed();
        if (title.isEmpty())
            out += kindTexts(graph.kind(nodes[i])).inChain;
        else
            m_quoted.appendTo(out, {title});
    }
    return out;
}

QString RuleContext::chainCountText(std::uint64_t count)
{
    if (count == saturating::ceiling)
        return tr("more than 18 quintillion chains");
    if (count >= 1000000000000ULL)
        return tr("about %1 chains").arg(QString::number(static_cast<double>(count), 'g', 3));
    if (count == 1)
        return tr("1 chain");
    return tr("%1 chains").arg(count);
}

Diagnostic &RuleContext::append(QString code, Severity severity, QString message, QString hint)
{
    Diagnostic d;
    d.code = std::move(code);
    d.severity = severity;
    if (!message.isEmpty())
        message[0] = message[0].toUpper(); // messages may open with "the activity ..."
    d.message = std::move(message);
    d.hint = std::move(hint);
    d.model = model.id();
    m_out.append(std::move(d));
    return m_out.last();
}

Diagnostic &RuleContext::add(const char *code, Severity severity, QString message, QString hint)
{
    return append(QString::fromLatin1(code), severity, std::move(message), std::move(hint));
}

Diagnostic &RuleContext::add(const Wording &wording, Severity severity, QString message)
{
    return append(wording.code, severity, std::move(message), wording.hint);
}

Diagnostic &RuleContext::addAboutCard(int v, const Wording &wording, Severity severity,
                                      QString message)
{
    Diagnostic &d = add(wording, severity, std::move(message));
    d.nodes = {id(v)};
    return d;
}

Diagnostic &RuleContext::addAboutCard(int v, const Wording &wording, Severity severity)
{
    return addAboutCard(v, wording, severity, wording.message.fill({describeView(v)}));
}

Diagnostic &RuleContext::addAboutLink(int link, const Wording &wording, Severity severity,
                                      QString message)
{
    const GraphIndex::LinkInfo &l = graph.links()[static_cast<size_t>(link)];
    Diagnostic &d = add(wording, severity, std::move(message));
    d.nodes = {id(l.from), id(l.to)};
    d.links = {linkId(link)};
    return d;
}

void RuleContext::setChain(Diagnostic &d, const QList<NodeId> &chain, std::uint64_t count)
{
    d.chain = chain;
    d.chainCount = count;
}

void RuleContext::setChain(Diagnostic &d, const std::vector<int> &chain, std::uint64_t count) const
{
    setChain(d, ids(chain), count);
}

} // namespace el
