#pragma once
// Exact adjacent exchanges (transposition): neighbouring units of a layer swap places when that
// removes crossings, counted exactly from the sorted neighbour positions. The same pass can also
// trade equal crossings, or restore the user's order where that costs nothing.
#include "layout/LayerOrder.h"
#include "layout/NeighbourSides.h"

#include <vector>

namespace el {

class Transposer
{
public:
    enum class Mode {
        Strict,          // only swaps that remove crossings
        AllowEqual,      // also swaps that trade crossings one for one, once per call
        RestoreUserOrder // also swaps back towards the user's order when it costs nothing
    };

    Transposer(LayerOrder &order, NeighbourSides &sides);

    // Rounds over the layers; a layer is looked at again only when it or a neighbour changed.
    void transposeAll(Mode mode, int maxRounds, int maxPasses);

private:
    using Unit = LayerOrder::Unit;

    bool transposeLayer(int layer, Mode mode, int maxPasses);
    bool transposeSingles(int layer, Mode mode, int maxPasses);
    void gather(int begin, int end, bool above, std::vector<int> &out) const;
    const std::vector<int> &side(const Unit &u, bool above, std::vector<int> &scratch) const;
    qint64 swapDelta(const Unit &a, const Unit &b);
    void swapUnits(int layer, const Unit &a, const Unit &b);

    LayerOrder &m_order;
    NeighbourSides &m_sides;
    std::vector<int> m_tmpA, m_tmpB, m_tmpC, m_tmpD;
    const std::vector<int> *m_currentOrder = nullptr;
    qint64 m_lastPairCrossings = 0;
    qint64 m_gain = 0; // crossings removed by the last transposeLayer call
};

} // namespace el
