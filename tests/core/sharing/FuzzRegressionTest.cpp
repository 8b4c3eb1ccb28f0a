#include "interchange/JsonInterchange.h"
#include "storage/ProjectFile.h"

#include <QDir>
#include <QFile>
#include <catch2/catch.hpp>

using namespace el;

// Inputs the fuzzer (tests/fuzz/run-fuzzers.sh) found, or edge cases made by hand in its spirit:
// each must be opened or refused with a message, never crash (the sanitizer build catches more).
TEST_CASE("Every project-file fuzz regression is opened or refused with a message", "[fuzz]")
{
    const QDir dir(QStringLiteral(EL_TEST_DATA_DIR "/fuzz-regressions/ProjectFileFuzzer"));
    const QFileInfoList files = dir.entryInfoList(QDir::Files);
    REQUIRE_FALSE(files.isEmpty());
    for (const QFileInfo &info : files) {
        INFO(info.fileName().toStdString());
        QFile file(info.absoluteFilePath());
        REQUIRE(file.open(QIODevice::ReadOnly));
        const auto opened = ProjectFile::openBytes(file.readAll(), info.fileName());
        if (!opened)
            CHECK(opened.error().contains(info.fileName()));
        else
            CHECK(ProjectFile::toBytes(*opened->project));
    }
}

TEST_CASE("Every JSON import fuzz regression is imported or refused with a message", "[fuzz]")
{
    const QDir dir(QStringLiteral(EL_TEST_DATA_DIR "/fuzz-regressions/JsonImportFuzzer"));
    const QFileInfoList files = dir.entryInfoList(QDir::Files);
    REQUIRE_FALSE(files.isEmpty());
    for (const QFileInfo &info : files) {
        INFO(info.fileName().toStdString());
        QFile file(info.absoluteFilePath());
        REQUIRE(file.open(QIODevice::ReadOnly));
        const auto imported = JsonInterchange::importProject(file.readAll());
        if (!imported)
            CHECK_FALSE(imported.error().isEmpty());
        else
            CHECK(JsonInterchange::importProject(JsonInterchange::exportProject(**imported)));
    }
}
