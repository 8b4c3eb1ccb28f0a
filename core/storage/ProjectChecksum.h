#pragma once
// The SHA-256 checksum of a project's content, over a canonical byte form of its values, so that
// any change made outside Equity Logic (or in transit) is noticed on open.
#include <QByteArray>

namespace el {

struct ProjectValues;

namespace ProjectChecksum {

// Lower-case hexadecimal SHA-256. Equal values always give an equal checksum.
QByteArray of(const ProjectValues &values);

} // namespace ProjectChecksum
} // namespace el
