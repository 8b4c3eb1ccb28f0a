// Chains are counted, never listed: a model with more chains than a 64-bit number holds
// validates, reports the count as saturated, and its example chains are real paths.
#include "ValidationHelpers.h"
#include "validation/ChainAnalysis.h"

#include <catch2/catch.hpp>

#include <QSet>

using namespace el;
using namespace el::test;

namespace {
// Eight chain columns (input to impact), `width` cards each, every card linked to every card of
// the next column: width^8 chains. Outcomes name no principle, so every chain is unserved.
ModelData denseModel(int width)
{
    static constexpr NodeKind kinds[] = {
        NodeKind::Input,        NodeKind::Activity,      NodeKind::Participation, NodeKind::Output,
        NodeKind::OutcomeShort, NodeKind::OutcomeMedium, NodeKind::OutcomeLong,   NodeKind::Impact};
    ModelBuilder b(QStringLiteral("Dense"));
    QList<QList<NodeId>> columns;
    for (NodeKind kind : kinds) {
        QList<NodeId> col;
        for (int i = 0; i < width; ++i)
            col << b.node(kind, QStringLiteral("%1 %2").arg(nodeKindName(kind)).arg(i));
        columns << col;
    }
    for (qsizetype c = 0; c + 1 < columns.size(); ++c) {
        for (NodeId from : columns[c]) {
            for (NodeId to : columns[c + 1])
                b.link(from, to);
        }
    }
    return b.data();
}

bool isRealChain(const LogicModel &model, const QList<NodeId> &chain)
{
    for (qsizetype i = 0; i + 1 < chain.size(); ++i) {
        if (!model.hasLink(chain[i], chain[i + 1]))
            return false;
    }
    return !chain.isEmpty();
}
} // namespace

TEST_CASE("Chain counts are exact for small models and multiply along the columns", "[validation]")
{
    Project project;
    LogicModel *model = project.insertModel(denseModel(3));
    const GraphIndex graph(*model);
    const ChainAnalysis chains(graph);
    CHECK(chains.totalChains() == 6561);    // 3^8
    CHECK(chains.chainsThrough(0) == 2187); // one input: 3^7
}

TEST_CASE("A model with more than 10^18 chains validates with a saturated count", "[validation]")
{
    // 200^8 = 2.56 * 10^18 chains in 1,600 cards and 280,000 links.
    Project project;
    LogicModel *model = project.insertModel(denseModel(200));
    const GraphIndex graph(*model);
    const ChainAnalysis chains(graph);
    CHECK(chains.totalChains() > 1000000000000000000ULL);

    const ValidationResult result = Validator::validate(project);
    const QList<Diagnostic> unserved = withCode(result.diagnostics, "EL202");
    REQUIRE(unserved.size() == 200); // one per activity
    // Through one activity: 200 inputs times 200^6 onward = 200^7 = 1.28 * 10^16.
    CHECK(unserved[0].chainCount == 12800000000000000ULL);
    CHECK(unserved[0].message.contains(QStringLiteral("1.28e+16 chains")));
    CHECK(isRealChain(*model, unserved[0].chain));
    CHECK(unserved[0].chain.size() == 8);

    const QList<Diagnostic> silent = withCode(result.diagnostics, "EL201");
    REQUIRE_FALSE(silent.isEmpty());
    CHECK(isRealChain(*model, silent[0].chain));
}

TEST_CASE("Counts beyond 64 bits saturate instead of wrapping round", "[validation]")
{
    // A ladder of 70 diamonds inside the outcome columns: 2^70 chains.
    ModelBuilder b;
    const NodeId act = b.node(NodeKind::Activity, QStringLiteral("Act"));
    NodeId prev = b.node(NodeKind::Output, QStringLiteral("Out"));
    b.link(act, prev);
    for (int i = 0; i < 70; ++i) {
        const NodeId l = b.node(NodeKind::OutcomeShort, QStringLiteral("L%1").arg(i));
        const NodeId r = b.node(NodeKind::OutcomeShort, QStringLiteral("R%1").arg(i));
        const NodeId j = b.node(NodeKind::OutcomeShort, QStringLiteral("J%1").arg(i));
        b.link(prev, l);
        b.link(prev, r);
        b.link(l, j);
        b.link(r, j);
        prev = j;
    }
    auto project = b.project();
    const QList<Diagnostic> unserved = withCode(Validator::validate(*project).diagnostics, "EL202");
    REQUIRE(unserved.size() == 1);
    CHECK(unserved[0].chainCountSaturated());
    CHECK(unserved[0].message.contains(QStringLiteral("than 18 quintillion chains")));
    CHECK(isRealChain(*project->modelAt(0), unserved[0].chain));
    CHECK(unserved[0].chain.size() == 2 + 70 * 2);
}

TEST_CASE("Example chains follow real links from a beginning to an ending", "[validation]")
{
    const ModelData data = layeredModel(30, 3, 7);
    Project project;
    LogicModel *model = project.insertModel(data);
    const GraphIndex graph(*model);
    const ChainAnalysis chains(graph);
    QSet<int> checked;
    for (int v = 0; v < graph.nodeCount(); ++v) {
        if (chains.chainsThrough(v) == 0)
            continue;
        const std::vector<int> path = chains.exampleThrough(v);
        QList<NodeId> ids;
        for (int u : path)
            ids << graph.node(u).id;
        INFO(v);
        CHECK(isRealChain(*model, ids));
        CHECK(chains.isStart(path.front()));
        CHECK(chains.isEnd(path.back()));
        CHECK(std::find(path.begin(), path.end(), v) != path.end());
        checked.insert(v);
    }
    CHECK(checked.size() > 100);
}
