#pragma once
// A temporary folder for one test, removed afterwards, with a helper to name files in it.
#include <QTemporaryDir>

namespace el::test {

class TempDir
{
public:
    TempDir() = default;
    QString path() const { return m_dir.path(); }
    QString file(const QString &name) const { return m_dir.filePath(name); }

private:
    QTemporaryDir m_dir;
};

} // namespace el::test
