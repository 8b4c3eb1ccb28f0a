// Tidy: cards stay in their columns, never overlap, keep a crossing-free hand order, reach the
// fewest crossings on small models whose optimum is known, keep strands together, and move only
// the selection when asked.
#include "layout/Layout.h"
#include "ModelBuilder.h"

#include <QRectF>
#include <catch2/catch.hpp>

using namespace el;

namespace {
// Places the nodes of one column in the given order, top to bottom.
void order(ModelData &m, const QList<NodeId> &ids)
{
    for (qsizetype i = 0; i < ids.size(); ++i) {
        for (Node &n : m.nodes) {
            if (n.id == ids[i])
                n.pos.setY(i * 100.0);
        }
    }
}

QList<NodeId> columnOrder(const ModelData &m, const LayoutResult &r, NodeKind kind)
{
    QList<const Node *> nodes;
    for (const Node &n : m.nodes) {
        if (n.kind == kind)
            nodes << &n;
    }
    std::stable_sort(nodes.begin(), nodes.end(), [&r](const Node *a, const Node *b) {
        return r.positions.value(a->id).y() < r.positions.value(b->id).y();
    });
    QList<NodeId> out;
    for (const Node *n : nodes)
        out << n->id;
    return out;
}

bool anyOverlap(const ModelData &m, const LayoutResult &r, const LayoutOptions &o)
{
    QList<QRectF> rects;
    for (const Node &n : m.nodes)
        rects << QRectF(r.positions.value(n.id, n.pos), o.sizeOf(n));
    for (qsizetype i = 0; i < rects.size(); ++i) {
        for (qsizetype j = i + 1; j < rects.size(); ++j) {
            if (rects[i].intersects(rects[j]))
                return true;
        }
    }
    return false;
}

// Three activities and three outputs linked as a permutation that can be untangled fully.
struct Permutation
{
    test::ModelBuilder b;
    QList<NodeId> a, o;
    Permutation()
    {
        for (int i = 0; i < 3; ++i)
            a << b.node(NodeKind::Activity, QStringLiteral("A%1").arg(i));
        for (int i = 0; i < 3; ++i)
            o << b.node(NodeKind::Output, QStringLiteral("O%1").arg(i));
        order(b.data(), a);
        order(b.data(), {o[0], o[1], o[2]});
        b.link(a[0], o[2]);
        b.link(a[1], o[0]);
        b.link(a[2], o[1]);
    }
};
} // namespace

TEST_CASE("Tidy gives the same layout for the same model")
{
    const ModelData m = test::layeredModel(12, 3, 5);
    const LayoutResult r1 = Layout::tidy(m);
    const LayoutResult r2 = Layout::tidy(m);
    CHECK(r1.positions == r2.positions);
}

TEST_CASE("Tidy keeps every card in its kind's column and never overlaps cards")
{
    ModelData m = test::layeredModel(15, 3, 9);
    // Cards grow with their text: give some a taller card.
    LayoutOptions o;
    o.cardSize = [](const Node &n) {
        return QSizeF(200.0, n.title.endsWith(QLatin1Char('3')) ? 170.0 : 80.0);
    };
    m.nodes[0].group = QStringLiteral("Warm homes");
    m.nodes[3].group = QStringLiteral("Warm homes");
    test::ModelBuilder extra;
    Node assumption;
    assumption.id = NodeId::create();
    assumption.kind = NodeKind::Assumption;
    m.nodes << assumption;
    const LayoutResult r = Layout::tidy(m, o);
    REQUIRE(r.positions.size() == m.nodes.size());
    for (const Node &n : m.nodes) {
        if (!isAnnotation(n.kind))
            CHECK(r.positions.value(n.id).x() == o.columnX(n.kind));
    }
    CHECK_FALSE(anyOverlap(m, r, o));
    // Annotations go below the chain columns.
    double chainBottom = 0;
    for (const Node &n : m.nodes) {
        if (!isAnnotation(n.kind))
            chainBottom = std::max(chainBottom, r.positions.value(n.id).y() + o.sizeOf(n).height());
    }
    CHECK(r.positions.value(assumption.id).y() > chainBottom);
}

TEST_CASE("Tidy leaves a hand-ordered model without crossings in its order")
{
    test::ModelBuilder b;
    QList<NodeId> in, act, out;
    for (int i = 0; i < 3; ++i)
        in << b.node(NodeKind::Input, QStringLiteral("I%1").arg(i));
    for (int i = 0; i < 4; ++i)
        act << b.node(NodeKind::Activity, QStringLiteral("A%1").arg(i));
    for (int i = 0; i < 2; ++i)
        out << b.node(NodeKind::Output, QStringLiteral("O%1").arg(i));
    // An order a barycentre sort would not choose by itself, yet without crossings.
    order(b.data(), in);
    order(b.data(), act);
    order(b.data(), out);
    b.link(in[0], act[0]);
    b.link(in[0], act[1]);
    b.link(in[1], act[1]);
    b.link(in[2], act[3]);
    b.link(act[0], out[0]);
    b.link(act[3], out[1]);
    REQUIRE(Layout::countCrossings(b.data()) == 0);
    const LayoutResult r = Layout::tidy(b.data());
    CHECK(columnOrder(b.data(), r, NodeKind::Input) == in);
    CHECK(columnOrder(b.data(), r, NodeKind::Activity) == act);
    CHECK(columnOrder(b.data(), r, NodeKind::Output) == out);
    CHECK(r.crossingsAfter == 0);
}

TEST_CASE("Tidy untangles a permutation to no crossings")
{
    Permutation p;
    REQUIRE(Layout::countCrossings(p.b.data()) == 2);
    const LayoutResult r = Layout::tidy(p.b.data());
    CHECK(r.crossingsBefore == 2);
    CHECK(r.crossingsAfter == 0);
    CHECK(Layout::countCrossings(p.b.data(), r.positions) == 0);
}

TEST_CASE("Tidy reaches the known minimum of a model that cannot be drawn without crossings")
{
    // A complete 3-by-3 link set between two columns has 9 crossings in any order; the links on
    // to the next column can be untangled to none, so the minimum is 9.
    test::ModelBuilder b;
    QList<NodeId> a, o, s;
    for (int i = 0; i < 3; ++i)
        a << b.node(NodeKind::Activity, QStringLiteral("A%1").arg(i));
    for (int i = 0; i < 3; ++i)
        o << b.node(NodeKind::Output, QStringLiteral("O%1").arg(i));
    for (int i = 0; i < 3; ++i)
        s << b.node(NodeKind::OutcomeShort, QStringLiteral("S%1").arg(i));
    order(b.data(), a);
    order(b.data(), o);
    order(b.data(), {s[2], s[0], s[1]});
    for (NodeId x : a) {
        for (NodeId y : o)
            b.link(x, y);
    }
    for (int i = 0; i < 3; ++i)
        b.link(o[i], s[i]);
    REQUIRE(Layout::countCrossings(b.data()) == 11);
    const LayoutResult r = Layout::tidy(b.data());
    CHECK(r.crossingsAfter == 9);
}

TEST_CASE("Tidy keeps each strand together as one band")
{
    ModelData m = test::layeredModel(10, 2, 3);
    const QStringList strands{QStringLiteral("Warm homes"), QStringLiteral("Jobs")};
    for (qsizetype i = 0; i < m.nodes.size(); ++i) {
        if (i % 3 != 2)
            m.nodes[i].group = strands[i % 3];
    }
    const LayoutResult r = Layout::tidy(m);
    for (NodeKind kind : {NodeKind::Input, NodeKind::Activity, NodeKind::Output}) {
        const QList<NodeId> ids = columnOrder(m, r, kind);
        QStringList seen;
        QString current;
        for (NodeId id : ids) {
            const auto it = std::find_if(m.nodes.begin(), m.nodes.end(),
                                         [id](const Node &n) { return n.id == id; });
            const QString g = it->group;
            if (g == current)
                continue;
            if (!g.isEmpty()) {
                CHECK_FALSE(seen.contains(g)); // the strand started earlier and was broken
                seen << g;
            }
            current = g;
        }
    }
}

TEST_CASE("Tidy of the selection moves only the selected cards, among their own places")
{
    Permutation p;
    LayoutOptions o;
    o.selection = {p.o[0], p.o[1], p.o[2]};
    const LayoutResult r = Layout::tidy(p.b.data(), o);
    QSet<double> before, after;
    for (const Node &n : p.b.data().nodes) {
        const QPointF now = r.positions.value(n.id, n.pos);
        if (!o.selection.contains(n.id)) {
            CHECK(now == n.pos);
        } else {
            before << n.pos.y();
            after << now.y();
        }
    }
    CHECK(before == after);
    CHECK(r.crossingsAfter == 0);
}

TEST_CASE("Models imported without positions are laid out in their columns")
{
    ModelData m = test::layeredModel(6, 2, 4);
    QSet<NodeId> unplaced;
    for (Node &n : m.nodes) {
        n.pos = QPointF();
        unplaced << n.id;
    }
    Layout::placeUnpositioned(m, unplaced);
    LayoutResult r;
    for (const Node &n : m.nodes) {
        r.positions.insert(n.id, n.pos);
        CHECK(n.pos.x() == LayoutOptions{}.columnX(n.kind));
    }
    CHECK_FALSE(anyOverlap(m, r, LayoutOptions{}));
}
