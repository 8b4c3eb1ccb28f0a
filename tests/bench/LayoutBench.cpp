// Layout benchmark: lays out a graph given as text (see compare-with-dot.sh) and counts the
// crossings between neighbouring columns of our result and, when given, of Graphviz dot's.
//   LayoutBench GRAPH.txt [DOT.plain]   prints: nodes links our_crossings our_ms dot_crossings
#include "layout/CardMetrics.h"
#include "layout/Layout.h"

#include <QElapsedTimer>
#include <QFile>
#include <QHash>
#include <QTextStream>
#include <cstdio>

using namespace el;

namespace {
bool readGraph(const QString &path, ModelData &model, QHash<QString, NodeId> &ids)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly | QIODevice::Text))
        return false;
    QTextStream in(&file);
    model.id = ModelId::create();
    while (!in.atEnd()) {
        const QStringList f = in.readLine().split(QLatin1Char(' '), Qt::SkipEmptyParts);
        if (f.size() == 4 && f[0] == QLatin1String("node")) {
            Node n;
            n.id = NodeId::create();
            n.kind = nodeKindFromKey(f[2]).value_or(NodeKind::Activity);
            n.title = f[1];
            n.pos = QPointF(nodeKindColumn(n.kind) * 280.0, f[3].toDouble());
            ids.insert(f[1], n.id);
            model.nodes << n;
        } else if (f.size() == 3 && f[0] == QLatin1String("link")) {
            Link l;
            l.id = LinkId::create();
            l.from = ids.value(f[1]);
            l.to = ids.value(f[2]);
            model.links << l;
        }
    }
    return true;
}

// dot -Tplain: "node NAME X Y W H ..." in inches, y upwards; names may be quoted.
QHash<NodeId, QPointF> readDot(const QString &path, const QHash<QString, NodeId> &ids)
{
    QHash<NodeId, QPointF> positions;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly | QIODevice::Text))
        return positions;
    QTextStream in(&file);
    const double half = CardMetrics::minHeight / 2.0;
    while (!in.atEnd()) {
        const QStringList f = in.readLine().split(QLatin1Char(' '), Qt::SkipEmptyParts);
        if (f.size() < 4 || f[0] != QLatin1String("node"))
            continue;
        QString name = f[1];
        if (name.startsWith(QLatin1Char('"')))
            name = name.mid(1, name.size() - 2);
        // The centre is at -y (downwards), in points.
        positions.insert(ids.value(name),
                         QPointF(f[2].toDouble() * 72.0, -f[3].toDouble() * 72.0 - half));
    }
    return positions;
}
} // namespace

int main(int argc, char **argv)
{
    if (argc < 2) {
        std::fprintf(stderr, "usage: LayoutBench GRAPH.txt [DOT.plain]\n");
        return 2;
    }
    ModelData model;
    QHash<QString, NodeId> ids;
    if (!readGraph(QString::fromLocal8Bit(argv[1]), model, ids)) {
        std::fprintf(stderr, "cannot read %s\n", argv[1]);
        return 2;
    }
    // Best of three runs: the machine is shared.
    double bestMs = 1e18;
    LayoutResult result;
    for (int run = 0; run < 3; ++run) {
        QElapsedTimer timer;
        timer.start();
        result = Layout::tidy(model);
        bestMs = std::min(bestMs, static_cast<double>(timer.nsecsElapsed()) / 1e6);
    }
    const qint64 ours = Layout::countCrossings(model, result.positions);
    qint64 dot = -1;
    if (argc > 2)
        dot = Layout::countCrossings(model, readDot(QString::fromLocal8Bit(argv[2]), ids));
    std::printf("%lld %lld %lld %.1f %lld\n", static_cast<long long>(model.nodes.size()),
                static_cast<long long>(model.links.size()), static_cast<long long>(ours), bestMs,
                static_cast<long long>(dot));
    return 0;
}
