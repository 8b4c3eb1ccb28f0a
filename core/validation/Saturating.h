#pragma once
// Chain counts that stop at the largest 64-bit value instead of wrapping: a model can have more
// chains than any integer holds, and "at least 18 quintillion" is still the right answer.
#include <cstdint>
#include <limits>

namespace el::saturating {

inline constexpr std::uint64_t ceiling = std::numeric_limits<std::uint64_t>::max();

inline std::uint64_t add(std::uint64_t a, std::uint64_t b)
{
    std::uint64_t r;
    return __builtin_add_overflow(a, b, &r) ? ceiling : r;
}

inline std::uint64_t mul(std::uint64_t a, std::uint64_t b)
{
    std::uint64_t r;
    return __builtin_mul_overflow(a, b, &r) ? ceiling : r;
}

} // namespace el::saturating
