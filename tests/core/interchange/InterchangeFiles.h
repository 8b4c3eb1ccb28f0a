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

// The sample project bundled with the application.
inline QString samplePath()
{
    return QStringLiteral(EL_SOURCE_DIR "/resources/sample/luton-health-equity-town.json");
}

// Every real interchange file the tests have: the fixtures, the sample and our own.
inline QStringList allInterchangeFiles()
{
    return fixturePaths()
           + QStringList{samplePath(),
                         QStringLiteral(EL_TEST_DATA_DIR "/interchange/everything.json")};
}

inline QString interchangeData(const QString &name)
{
    return QStringLiteral(EL_TEST_DATA_DIR "/interchange/") + name;
}

} // namespace el::test
