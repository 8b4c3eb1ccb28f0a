#include "util/Sha256.h"
#include "TempDir.h"

#include <QFile>
#include <catch2/catch.hpp>

using namespace el;

// Project checksums and the check for changes made by another program both rest on these digests
// being standard SHA-256: a different digest would make every saved project unreadable.
TEST_CASE("SHA-256 gives the standard digests", "[sha256]")
{
    CHECK(Sha256::of(QByteArrayView()).toHex()
          == "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
    CHECK(Sha256::of("abc").toHex()
          == "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
    CHECK(Sha256::of("abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq").toHex()
          == "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1");
    const QByteArray million(1'000'000, 'a');
    CHECK(Sha256::of(million).toHex()
          == "cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0");
}

TEST_CASE("SHA-256 of a file read in pieces equals that of its bytes at once", "[sha256]")
{
    QByteArray bytes;
    for (int i = 0; i < 200'001; ++i) // several read buffers and a part of one
        bytes.append(static_cast<char>((i * 7919) >> 3));
    test::TempDir dir;
    const QString path = dir.file(QStringLiteral("data.bin"));
    {
        QFile out(path);
        REQUIRE(out.open(QIODevice::WriteOnly));
        REQUIRE(out.write(bytes) == bytes.size());
    }
    QFile in(path);
    REQUIRE(in.open(QIODevice::ReadOnly));
    Sha256 pieces;
    REQUIRE(pieces.add(in));
    CHECK(pieces.result() == Sha256::of(bytes));

    Sha256 parts;
    parts.add(QByteArrayView(bytes).first(1000));
    parts.add(QByteArrayView(bytes).sliced(1000));
    CHECK(parts.result() == Sha256::of(bytes));
}
