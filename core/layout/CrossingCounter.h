#pragma once
// Counts link crossings between two neighbouring columns in O(E log V), with a Fenwick tree
// (binary indexed tree) over the positions in the second column.
#include <QtGlobal>
#include <utility>
#include <vector>

namespace el {

class CrossingCounter
{
public:
    // Crossings between an upper and a lower layer. order: the upper layer's vertices in order;
    // targets(v): v's neighbours in the lower layer; pos: position of every vertex in its layer.
    qint64 count(const std::vector<int> &order, const std::vector<std::vector<int>> &targets,
                 const std::vector<int> &pos, int lowerSize);

    // Crossings among straight segments between two vertical lines, each given by its end
    // heights (left, right). Segments sharing an end never cross.
    static qint64 countSegments(std::vector<std::pair<double, double>> segments);

private:
    void reset(int size);
    void add(int index);
    int prefix(int index) const; // how many added at positions <= index

    std::vector<int> m_tree;
};

} // namespace el
