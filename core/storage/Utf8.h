#pragma once
// Strict UTF-8 checking: SQLite hands back whatever bytes a file holds, and Qt would quietly
// replace invalid ones, so a hostile file is caught here instead.
#include <QtGlobal>

namespace el::Utf8 {

// True for well-formed UTF-8: no overlong forms, no surrogates, nothing above U+10FFFF.
bool isValid(const char *data, qsizetype size);

} // namespace el::Utf8
