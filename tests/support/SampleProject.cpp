#include "SampleProject.h"

#include "interchange/JsonInterchange.h"

#include <QFile>
#include <catch2/catch.hpp>

namespace el::test {

std::unique_ptr<Project> sampleProject()
{
    QFile file(QStringLiteral(EL_SOURCE_DIR "/resources/sample/luton-health-equity-town.json"));
    REQUIRE(file.open(QIODevice::ReadOnly));
    auto project = JsonInterchange::importProject(file.readAll());
    REQUIRE(project.has_value());
    return std::move(*project);
}

} // namespace el::test
