#pragma once
// Reads the interchange test files: the shared fixtures and tests/data/interchange.
#include <QByteArray>
#include <QFile>
#include <QString>
#include <QStringList>

namespace el::test {

inline QByteArray readFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return file.readAll();
}

inline QStringList fixturePaths()
{
    const QString dir = QStringLiteral(EL_FIXTURES_DIR);
    return {dir + QStringLiteral("/cafe-momentum.json"),
            dir + QStringLiteral("/nsw-healthier-food-outlets.json")};
}

inline QString interchangeData(const QString &name)
{
    return QStringLiteral(EL_TEST_DATA_DIR "/interchange/") + name;
}

} // namespace el::test
