// OpenSSL's SHA256_* functions, declared deprecated since OpenSSL 3.0 in favour of its EVP
// interface, which sets up OpenSSL's provider machinery and reads the system's openssl.cnf on first
// use: about 0.7 ms and 5 million instructions, more than hashing a large project takes. These
// call the same processor-specific code with nothing to set up. Asking for the 1.1.1 interface
// declares them without the deprecation.
#define OPENSSL_API_COMPAT 10101

#include "util/Sha256.h"

#include <QIODevice>
#include <array>
#include <openssl/sha.h>

namespace el {

Sha256::Sha256()
    : m_state(std::make_unique<SHA256_CTX>())
{
    SHA256_Init(m_state.get());
}

Sha256::~Sha256() = default;

void Sha256::add(QByteArrayView bytes)
{
    SHA256_Update(m_state.get(), bytes.data(), static_cast<size_t>(bytes.size()));
}

bool Sha256::add(QIODevice &device)
{
    std::array<char, 64 * 1024> buffer;
    for (;;) {
        const qint64 read = device.read(buffer.data(), buffer.size());
        if (read < 0)
            return false;
        if (read == 0)
            return device.atEnd();
        add(QByteArrayView(buffer.data(), read));
    }
}

namespace {
QByteArray finish(SHA256_CTX &state)
{
    QByteArray digest(SHA256_DIGEST_LENGTH, Qt::Uninitialized);
    SHA256_Final(reinterpret_cast<unsigned char *>(digest.data()), &state);
    return digest;
}
} // namespace

QByteArray Sha256::result()
{
    return finish(*m_state);
}

QByteArray Sha256::of(QByteArrayView bytes)
{
    SHA256_CTX state;
    SHA256_Init(&state);
    SHA256_Update(&state, bytes.data(), static_cast<size_t>(bytes.size()));
    return finish(state);
}

} // namespace el
