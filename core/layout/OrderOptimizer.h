#pragma once
// Orders the vertices of each layer to minimise crossings: barycentre and median sweeps up and
// down from the user's order, adjacent exchanges counted exactly, the best order kept, then the
// user's order restored wherever that costs no crossing. Strands move as blocks.
#include "layout/CrossingCounter.h"
#include "layout/LayeredGraph.h"

namespace el {

class OrderOptimizer
{
public:
    explicit OrderOptimizer(LayeredGraph &graph);

    // Reorders graph.layers in place.
    void run();

    qint64 crossings(); // total between neighbouring layers, for the current order
    qint64 initialCrossings() const { return m_initialCrossings; }

private:
    struct Unit
    {
        int begin;
        int end; // [begin, end) in the layer
    };

    void syncPositions(int layer);
    void setOrder(const std::vector<std::vector<int>> &layers);
    std::vector<std::vector<int>> breadthFirstOrder() const;
    std::vector<Unit> units(int layer) const;
    double key(int v, bool fromAbove, bool median) const;
    void sweepLayer(int layer, bool fromAbove, bool median);
    void sweep(bool downwards, bool median);

    enum class Mode { Strict, AllowEqual, RestoreUserOrder };
    bool transposeLayer(int layer, Mode mode, int maxPasses);
    bool transposeSingles(int layer, Mode mode, int maxPasses);
    void flattenSides(size_t n);
    qint64 pairCost(int u, int v) const; // crossings of u's and v's links with u above v
    static void fillDiff(const int *begin, const int *end, size_t size, int *out);
    bool siftLayer(int layer);
    void siftAll(int maxRounds);
    void transposeAll(Mode mode, int maxRounds, int maxPasses);
    void prepareSides(int layer);
    void gather(int begin, int end, bool above, std::vector<int> &out) const;
    const std::vector<int> &side(const Unit &u, bool above, std::vector<int> &scratch) const;
    qint64 swapDelta(const Unit &a, const Unit &b);
    void swapUnits(int layer, const Unit &a, const Unit &b);
    bool unitMovable(int layer, const Unit &u) const;
    int unitRank(int layer, const Unit &u) const;

    LayeredGraph &m_g;
    std::vector<int> m_pos;  // position of each vertex in its layer
    std::vector<int> m_rank; // position in the starting (user's) order
    CrossingCounter m_counter;
    qint64 m_initialCrossings = 0;
    // Per vertex of the layer being transposed: sorted neighbour positions above and below.
    std::vector<std::vector<int>> m_above;
    std::vector<std::vector<int>> m_below;
    std::vector<int> m_localIndex;
    std::vector<int> m_flatAbove, m_flatBelow, m_offAbove, m_offBelow;
    std::vector<char> m_layerHasGroups;
    mutable std::vector<int> m_medianScratch;
    std::vector<double> m_sweepKeys;
    std::vector<std::pair<double, int>> m_keyed;
    std::vector<int> m_flatBoth, m_offBoth, m_diffBoth, m_visit;
    size_t m_siftWindow = 100; // places tried on either side when sifting
    std::vector<int> m_tmpA, m_tmpB, m_tmpC, m_tmpD;
    const std::vector<int> *m_currentOrder = nullptr;
    qint64 m_lastPairCrossings = 0;
    qint64 m_gain = 0; // crossings removed by the last transposeLayer call
};

} // namespace el
