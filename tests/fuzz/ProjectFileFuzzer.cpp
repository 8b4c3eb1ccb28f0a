// libFuzzer target: opening a project file. Every byte string must be either opened or refused
// with a message; nothing may crash, leak, hang or read out of bounds.
#include "storage/ProjectFile.h"

#include <QCoreApplication>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char *>(data), static_cast<qsizetype>(size));
    const auto opened = el::ProjectFile::openBytes(bytes, QStringLiteral("fuzz.eqlm"));
    if (!opened && opened.error().isEmpty())
        __builtin_trap(); // a refusal must say why
    if (opened) {
        // What opens must save and open again.
        const auto saved = el::ProjectFile::toBytes(*opened->project);
        if (!saved || !el::ProjectFile::openBytes(*saved, QStringLiteral("again.eqlm")))
            __builtin_trap();
    }
    return 0;
}
