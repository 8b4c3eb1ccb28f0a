#pragma once
// A set of Marmot principles (numbers 1 to 8) packed into one byte, cheap to copy and combine.
#include <QList>
#include <cstdint>

namespace el {

class PrincipleSet
{
public:
    static constexpr int first = 1;
    static constexpr int last = 8;

    constexpr PrincipleSet() = default;
    static constexpr PrincipleSet fromBits(std::uint8_t bits)
    {
        PrincipleSet s;
        s.m_bits = bits;
        return s;
    }
    static PrincipleSet of(std::initializer_list<int> numbers)
    {
        PrincipleSet s;
        for (int n : numbers)
            s.insert(n);
        return s;
    }

    static constexpr bool isValid(int number) { return number >= first && number <= last; }

    constexpr bool contains(int number) const
    {
        return isValid(number) && (m_bits & bit(number)) != 0;
    }
    constexpr void insert(int number)
    {
        if (isValid(number))
            m_bits |= bit(number);
    }
    constexpr void remove(int number)
    {
        if (isValid(number))
            m_bits &= static_cast<std::uint8_t>(~bit(number));
    }
    constexpr bool isEmpty() const { return m_bits == 0; }
    constexpr int count() const { return __builtin_popcount(m_bits); }
    constexpr std::uint8_t bits() const { return m_bits; }

    QList<int> numbers() const
    {
        QList<int> out;
        for (int n = first; n <= last; ++n) {
            if (contains(n))
                out << n;
        }
        return out;
    }

    constexpr PrincipleSet operator|(PrincipleSet o) const { return fromBits(m_bits | o.m_bits); }
    constexpr PrincipleSet operator&(PrincipleSet o) const { return fromBits(m_bits & o.m_bits); }
    constexpr PrincipleSet minus(PrincipleSet o) const
    {
        return fromBits(static_cast<std::uint8_t>(m_bits & ~o.m_bits));
    }
    constexpr PrincipleSet &operator|=(PrincipleSet o)
    {
        m_bits |= o.m_bits;
        return *this;
    }
    friend constexpr bool operator==(PrincipleSet, PrincipleSet) = default;

private:
    static constexpr std::uint8_t bit(int number)
    {
        return static_cast<std::uint8_t>(1u << (number - 1));
    }
    std::uint8_t m_bits = 0;
};

} // namespace el
