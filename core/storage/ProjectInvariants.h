#pragma once
// What must hold in every project Equity Logic writes or reads: unique ids, links between two
// different nodes of the same model, known models for waivers, texts within their length limits,
// finite positions and values. The writer checks it too, so it never writes what it would refuse.
#include "util/Result.h"

namespace el {

struct ProjectValues;

namespace ProjectInvariants {

// The most characters in a short text (a title, a name, a unit) and in a long one (a
// description, a rationale, a note).
inline constexpr qsizetype shortTextLimit = 1'000;
inline constexpr qsizetype longTextLimit = 100'000;

// Empty when every invariant holds; otherwise what is wrong, in plain words, for example
// "a node title of 5,000 characters (the most is 1,000)".
Result<> check(const ProjectValues &values);

} // namespace ProjectInvariants
} // namespace el
