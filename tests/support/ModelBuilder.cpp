#include "ModelBuilder.h"

#include <random>

namespace el::test {

ModelBuilder::ModelBuilder(const QString &name)
{
    m_data.id = ModelId::create();
    m_data.name = name;
}

NodeId ModelBuilder::node(NodeKind kind, const QString &title,
                          std::initializer_list<int> principles)
{
    Node n;
    n.id = NodeId::create();
    n.kind = kind;
    n.title = title;
    n.principles = PrincipleSet::of(principles);
    n.pos = QPointF(nodeKindColumn(kind) * 240.0, m_data.nodes.size() * 90.0);
    m_data.nodes << n;
    return n.id;
}

LinkId ModelBuilder::link(NodeId from, NodeId to)
{
    Link l;
    l.id = LinkId::create();
    l.from = from;
    l.to = to;
    m_data.links << l;
    return l.id;
}

std::unique_ptr<Project> ModelBuilder::project() const
{
    auto p = std::make_unique<Project>();
    p->setMeta({QStringLiteral("Test project"), QStringLiteral("Testville"), {}});
    p->insertModel(m_data);
    return p;
}

ModelData layeredModel(int perColumn, int linksPerNode, unsigned seed)
{
    static constexpr NodeKind chain[]
        = {NodeKind::Input,         NodeKind::Activity,    NodeKind::Output, NodeKind::OutcomeShort,
           NodeKind::OutcomeMedium, NodeKind::OutcomeLong, NodeKind::Impact};
    std::mt19937 rng(seed);
    ModelBuilder b(QStringLiteral("Layered"));
    QList<QList<NodeId>> columns;
    int counter = 0;
    for (NodeKind kind : chain) {
        QList<NodeId> col;
        for (int i = 0; i < perColumn; ++i)
            col << b.node(kind, QStringLiteral("Node %1").arg(++counter), {1 + counter % 8});
        columns << col;
    }
    for (qsizetype c = 0; c + 1 < columns.size(); ++c) {
        std::uniform_int_distribution<qsizetype> pick(0, columns[c + 1].size() - 1);
        for (NodeId from : columns[c]) {
            QSet<qsizetype> used;
            for (int k = 0; k < linksPerNode && used.size() < columns[c + 1].size(); ++k) {
                qsizetype to = pick(rng);
                while (used.contains(to))
                    to = (to + 1) % columns[c + 1].size();
                used.insert(to);
                b.link(from, columns[c + 1][to]);
            }
        }
    }
    return b.data();
}

} // namespace el::test
