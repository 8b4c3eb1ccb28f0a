#pragma once
// Whether a document can be saved where it is: its folder must let us create and rename files
// (checked by actually writing a small temporary file there) and the file itself must be
// writable. Mail programs open attachments from read-only folders; such a file opens read-only.
#include <QString>

namespace el::WriteAccess {

// Empty when the document can be saved in place; otherwise why not, in plain words.
QString readOnlyReason(const QString &documentPath);

} // namespace el::WriteAccess
