#include "validation/NodeLookup.h"

#include <cstring>

namespace el {

namespace {
std::uint64_t mix(std::uint64_t x)
{
    // splitmix64's finaliser: ids made from names (version 5) are as well spread as random ones.
    x ^= x >> 30;
    x *= 0xbf58476d1ce4e5b9ULL;
    x ^= x >> 27;
    x *= 0x94d049bb133111ebULL;
    return x ^ (x >> 31);
}
} // namespace

void NodeLookup::split(const NodeId &id, std::uint64_t &lo, std::uint64_t &hi)
{
    static_assert(sizeof(QUuid) == 16);
    unsigned char bytes[16];
    std::memcpy(bytes, &id.uuid(), 16);
    std::memcpy(&lo, bytes, 8);
    std::memcpy(&hi, bytes + 8, 8);
}

std::uint64_t NodeLookup::hash(std::uint64_t lo, std::uint64_t hi)
{
    return mix(lo ^ mix(hi));
}

void NodeLookup::prefetch(NodeId id) const
{
    std::uint64_t lo, hi;
    split(id, lo, hi);
    __builtin_prefetch(&m_slots[hash(lo, hi) & m_mask]);
}

NodeLookup::NodeLookup(const QList<Node> &nodes)
{
    size_t capacity = 16;
    while (capacity < static_cast<size_t>(nodes.size()) * 2)
        capacity *= 2;
    m_slots.resize(capacity);
    m_mask = capacity - 1;
    for (qsizetype i = 0; i < nodes.size(); ++i) {
        std::uint64_t lo, hi;
        split(nodes[i].id, lo, hi);
        for (std::uint64_t h = hash(lo, hi);; ++h) {
            Slot &s = m_slots[h & m_mask];
            if (s.index < 0) {
                s = {lo, hi, static_cast<int>(i)};
                break;
            }
            if (s.lo == lo && s.hi == hi)
                break; // a repeated id: the first one wins, as in the model's own index
        }
    }
}

int NodeLookup::find(NodeId id) const
{
    std::uint64_t lo, hi;
    split(id, lo, hi);
    for (std::uint64_t h = hash(lo, hi);; ++h) {
        const Slot &s = m_slots[h & m_mask];
        if (s.index < 0)
            return -1;
        if (s.lo == lo && s.hi == hi)
            return s.index;
    }
}

} // namespace el
