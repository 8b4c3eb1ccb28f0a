#pragma once
// What every rule family works from when checking one model (the graph and the shared chain
// passes), and the helpers that turn node numbers into findings a person can read.
#include "validation/ChainAnalysis.h"
#include "validation/Diagnostic.h"

#include <QCoreApplication>
#include <vector>

namespace el {

class RuleContext
{
    Q_DECLARE_TR_FUNCTIONS(el::RuleContext)
public:
    RuleContext(const GraphIndex &graph, const ChainAnalysis &chains, QList<Diagnostic> &out);

    const GraphIndex &graph;
    const ChainAnalysis &chains;
    const LogicModel &model;

    NodeId id(int v) const { return graph.node(v).id; }
    LinkId linkId(int link) const { return model.links()[link].id; }
    QList<NodeId> ids(const std::vector<int> &nodes) const;
    // "the activity “Run cooking classes”", or "an untitled activity".
    QString describe(int v) const;
    // "“Run cooking classes” → “Classes held” → ..."
    QString chainText(const std::vector<int> &nodes) const;
    // "3 chains", "more than 18 quintillion chains".
    static QString chainCountText(std::uint64_t count);

    // A new finding about this model, appended to the output.
    Diagnostic &add(const char *code, Severity severity, QString message, QString hint);
    // Attaches one example chain and the count of chains affected.
    static void setChain(Diagnostic &d, const QList<NodeId> &chain, std::uint64_t count);
    void setChain(Diagnostic &d, const std::vector<int> &chain, std::uint64_t count) const;

private:
    QList<Diagnostic> &m_out;
};

} // namespace el
