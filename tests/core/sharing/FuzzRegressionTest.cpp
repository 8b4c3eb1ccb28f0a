#include "interchange/JsonInterchange.h"
#include "storage/ProjectFile.h"

#include <QDir>
#include <QFile>
#include <catch2/catch.hpp>

using namespace el;

namespace {
// Calls check(file name, bytes) for every input kept for one fuzzer in the test data.
template<class Check>
void forEachRegression(const char *fuzzer, Check &&check)
{
    const QDir dir(QStringLiteral(EL_TEST_DATA_DIR "/fuzz-regressions/") + QLatin1String(fuzzer));
    const QFileInfoList files = dir.entryInfoList(QDir::Files);
    REQUIRE_FALSE(files.isEmpty());
    for (const QFileInfo &info : files) {
        INFO(info.fileName().toStdString());
        QFile file(info.absoluteFilePath());
        REQUIRE(file.open(QIODevice::ReadOnly));
        check(info.fileName(), file.readAll());
    }
}
} // namespace

// Inputs the fuzzer (tests/fuzz/run-fuzzers.sh) found, or edge cases made by hand in its spirit:
// each must be opened or refused with a message, never crash (the sanitizer build catches more).
TEST_CASE("Every project-file fuzz regression is opened or refused with a message", "[fuzz]")
{
    forEachRegression("ProjectFileFuzzer", [](const QString &name, const QByteArray &bytes) {
        const auto opened = ProjectFile::openBytes(bytes, name);
        if (!opened)
            CHECK(opened.error().contains(name));
        else
            CHECK(ProjectFile::toBytes(*opened->project));
    });
}

TEST_CASE("Every JSON import fuzz regression is imported or refused with a message", "[fuzz]")
{
    forEachRegression("JsonImportFuzzer", [](const QString &, const QByteArray &bytes) {
        const auto imported = JsonInterchange::importProject(bytes);
        if (!imported)
            CHECK_FALSE(imported.error().isEmpty());
        else
            CHECK(JsonInterchange::importProject(JsonInterchange::exportProject(**imported)));
    });
}
