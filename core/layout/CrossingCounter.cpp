#include "layout/CrossingCounter.h"

#include <algorithm>

namespace el {

void CrossingCounter::reset(int size)
{
    m_tree.assign(static_cast<size_t>(size) + 1, 0);
}

void CrossingCounter::add(int index)
{
    for (size_t i = static_cast<size_t>(index) + 1; i < m_tree.size(); i += i & (~i + 1))
        ++m_tree[i];
}

int CrossingCounter::prefix(int index) const
{
    int sum = 0;
    for (size_t i = static_cast<size_t>(index) + 1; i > 0; i -= i & (~i + 1))
        sum += m_tree[i];
    return sum;
}

qint64 CrossingCounter::count(const std::vector<int> &order,
                              const std::vector<std::vector<int>> &targets,
                              const std::vector<int> &pos, int lowerSize)
{
    reset(lowerSize);
    qint64 crossings = 0;
    qint64 inserted = 0;
    for (int v : order) {
        // Edges from earlier vertices that end below this edge's end cross it. All of v's edges
        // are looked up before any is added (they share v, so never cross): no sort needed.
        const auto &ts = targets[static_cast<size_t>(v)];
        for (int t : ts)
            crossings += inserted - prefix(pos[static_cast<size_t>(t)]);
        for (int t : ts)
            add(pos[static_cast<size_t>(t)]);
        inserted += static_cast<qint64>(ts.size());
    }
    return crossings;
}

qint64 CrossingCounter::countSegments(std::vector<std::pair<double, double>> segments)
{
    if (segments.size() < 2)
        return 0;
    std::vector<double> rights;
    rights.reserve(segments.size());
    for (const auto &s : segments)
        rights.push_back(s.second);
    std::sort(rights.begin(), rights.end());
    rights.erase(std::unique(rights.begin(), rights.end()), rights.end());
    std::sort(segments.begin(), segments.end());

    CrossingCounter counter;
    counter.reset(static_cast<int>(rights.size()));
    qint64 crossings = 0;
    qint64 inserted = 0;
    size_t i = 0;
    while (i < segments.size()) {
        // Segments with the same left end share it: they do not cross each other.
        size_t j = i;
        while (j < segments.size() && segments[j].first == segments[i].first)
            ++j;
        std::vector<int> ranks;
        for (size_t k = i; k < j; ++k) {
            const auto r = std::lower_bound(rights.begin(), rights.end(), segments[k].second)
                           - rights.begin();
            ranks.push_back(static_cast<int>(r));
            crossings += inserted - counter.prefix(static_cast<int>(r));
        }
        for (int r : ranks)
            counter.add(r);
        inserted += static_cast<qint64>(j - i);
        i = j;
    }
    return crossings;
}

} // namespace el
