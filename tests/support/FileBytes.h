#pragma once
// A file's bytes in tests: read them, write them, and list what a folder holds.
#include <QByteArray>
#include <QString>
#include <QStringList>

namespace el::test {

QByteArray readBytes(const QString &path);
void writeBytes(const QString &path, const QByteArray &bytes);
// The names of the files in a folder, hidden ones too, sorted.
QStringList filesIn(const QString &folder);

} // namespace el::test
