// While dragging a connection the editor refuses links that would break the model's logic.
#include "model/LinkRules.h"
#include "ModelBuilder.h"

#include <catch2/catch.hpp>

using namespace el;

TEST_CASE("Links must go forward, not loop, not repeat, and not touch annotations", "[model]")
{
    test::ModelBuilder b;
    const NodeId act = b.node(NodeKind::Activity, QStringLiteral("Act"));
    const NodeId out = b.node(NodeKind::Output, QStringLiteral("Out"));
    const NodeId out2 = b.node(NodeKind::Output, QStringLiteral("Out 2"));
    const NodeId res = b.node(NodeKind::OutcomeShort, QStringLiteral("Result"));
    const NodeId as = b.node(NodeKind::Assumption, QStringLiteral("Assume"));
    b.link(act, out);
    b.link(out, out2);
    auto p = b.project();
    const LogicModel &m = *p->modelAt(0);

    CHECK(LinkRules::canConnect(m, out, res));
    CHECK_FALSE(LinkRules::canConnect(m, act, act));
    CHECK_FALSE(LinkRules::canConnect(m, res, act));
    CHECK_FALSE(LinkRules::canConnect(m, act, out));
    CHECK_FALSE(LinkRules::canConnect(m, out2, out));
    CHECK_FALSE(LinkRules::canConnect(m, act, as));
    CHECK(LinkRules::canConnect(m, res, act).error().contains(QStringLiteral("forward")));
    CHECK(LinkRules::canConnect(m, out2, out).error().contains(QStringLiteral("loop")));
}
