#pragma once
// Errors travel as values: a Result holds either the value or a message for a person.
#include <QString>
#include <expected>

namespace el {

template<class T = void>
using Result = std::expected<T, QString>;

inline std::unexpected<QString> failure(QString message)
{
    return std::unexpected<QString>(std::move(message));
}

} // namespace el
