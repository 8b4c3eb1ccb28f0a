// libFuzzer target: importing JSON interchange. Every byte string must be either imported or
// refused with a message; nothing may crash, leak, hang or read out of bounds.
#include "interchange/JsonInterchange.h"

#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char *>(data), static_cast<qsizetype>(size));
    const auto imported = el::JsonInterchange::importProject(bytes);
    if (!imported && imported.error().isEmpty())
        __builtin_trap(); // a refusal must say why
    if (imported) {
        // What imports must export and import again.
        if (!el::JsonInterchange::importProject(el::JsonInterchange::exportProject(**imported)))
            __builtin_trap();
    }
    return 0;
}
