// A fully linked pair of columns can be drawn as one bundle through a junction; a sparse pair
// is left as separate arrows.
#include "layout/EdgeBundles.h"
#include "ModelBuilder.h"

#include <catch2/catch.hpp>

using namespace el;

TEST_CASE("A complete three-by-three link set between two columns forms one bundle")
{
    test::ModelBuilder b;
    QList<NodeId> a, o;
    for (int i = 0; i < 3; ++i)
        a << b.node(NodeKind::Activity, QStringLiteral("A%1").arg(i));
    for (int i = 0; i < 4; ++i)
        o << b.node(NodeKind::Output, QStringLiteral("O%1").arg(i));
    for (NodeId x : a) {
        for (int i = 0; i < 3; ++i)
            b.link(x, o[i]);
    }
    b.link(a[0], o[3]); // one extra link stays a plain arrow
    const QList<EdgeBundle> bundles = EdgeBundles::find(b.data());
    REQUIRE(bundles.size() == 1);
    CHECK(bundles[0].sources.size() == 3);
    CHECK(bundles[0].targets.size() == 3);
    CHECK(bundles[0].links.size() == 9);
    const LayoutOptions o2;
    // The junction lies between the two columns.
    CHECK(bundles[0].junction.x() > o2.columnX(NodeKind::Activity) + 200.0);
    CHECK(bundles[0].junction.x() < o2.columnX(NodeKind::Output));
}

TEST_CASE("Sparse links between two columns form no bundle")
{
    test::ModelBuilder b;
    QList<NodeId> a, o;
    for (int i = 0; i < 3; ++i)
        a << b.node(NodeKind::Activity, QStringLiteral("A%1").arg(i));
    for (int i = 0; i < 3; ++i)
        o << b.node(NodeKind::Output, QStringLiteral("O%1").arg(i));
    for (int i = 0; i < 3; ++i)
        b.link(a[i], o[i]);
    CHECK(EdgeBundles::find(b.data()).isEmpty());
}
