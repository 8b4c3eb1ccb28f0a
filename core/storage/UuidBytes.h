#pragma once
// A UUID as its 16 bytes in RFC 4122 order, as ids are stored and checksummed, without the
// allocation of QUuid::toRfc4122().
#include <QUuid>
#include <QtEndian>
#include <cstring>

namespace el {

inline void writeUuidBytes(const QUuid &u, char *out)
{
    qToBigEndian(u.data1, out);
    qToBigEndian(u.data2, out + 4);
    qToBigEndian(u.data3, out + 6);
    std::memcpy(out + 8, u.data4, 8);
}

} // namespace el
