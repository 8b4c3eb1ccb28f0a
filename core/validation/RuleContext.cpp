#include "validation/RuleContext.h"

#include "validation/Saturating.h"

namespace el {

RuleContext::RuleContext(const GraphIndex &g, const ChainAnalysis &c, QList<Diagnostic> &out)
    : graph(g)
    , chains(c)
    , model(g.model())
    , m_out(out)
{}

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
    const QString title = n.title.trimmed();
    if (title.isEmpty())
        return tr("an untitled %1").arg(nodeKindName(n.kind));
    return tr("the %1 “%2”").arg(nodeKindName(n.kind), title);
}

QString RuleContext::chainText(const std::vector<int> &nodes) const
{
    QStringList parts;
    parts.reserve(static_cast<qsizetype>(nodes.size()));
    for (int v : nodes) {
        const QString title = graph.node(v).title.trimmed();
        parts << (title.isEmpty() ? tr("(untitled %1)").arg(nodeKindName(graph.kind(v)))
                                  : tr("“%1”").arg(title));
    }
    return parts.join(QStringLiteral(" → "));
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

Diagnostic &RuleContext::add(const char *code, Severity severity, QString message, QString hint)
{
    Diagnostic d;
    d.code = QString::fromLatin1(code);
    d.severity = severity;
    if (!message.isEmpty())
        message[0] = message[0].toUpper(); // messages may open with "the activity ..."
    d.message = std::move(message);
    d.hint = std::move(hint);
    d.model = model.id();
    m_out.append(std::move(d));
    return m_out.last();
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
