#pragma once
// What the benchmarks share: a timer reading in milliseconds, the median of repeated runs, and
// the large canvas model they measure on.
#include "ModelBuilder.h"

#include <QElapsedTimer>
#include <QHash>
#include <algorithm>

namespace el::bench {

inline double ms(const QElapsedTimer &timer)
{
    return static_cast<double>(timer.nsecsElapsed()) / 1e6;
}

// The median of the runs (the upper one of an even count), steadier than the mean on a shared
// machine.
template<class Runs>
double median(Runs runs)
{
    std::sort(runs.begin(), runs.end());
    return runs[runs.size() / 2];
}

// 2,002 cards in seven columns, each column a tidy stack (as the layout would leave it).
inline ModelData stackedModel()
{
    ModelData data = test::layeredModel(286, 2);
    QHash<int, int> rows;
    for (Node &n : data.nodes)
        n.pos = QPointF(0, rows[nodeKindColumn(n.kind)]++ * 90.0);
    return data;
}

} // namespace el::bench
