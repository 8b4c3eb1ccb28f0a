// Files saved by every released file format still open, migrated to the current format with
// nothing lost. The fixtures in tests/data were written once by the writer of their format and
// must never be regenerated: they stand for the files people already have.
#include "StorageSamples.h"
#include "TempDir.h"
#include "storage/ProjectFile.h"
#include "storage/ProjectValues.h"

#include <catch2/catch.hpp>

using namespace el;

namespace {
QString fixture(int format)
{
    return QStringLiteral(EL_TEST_DATA_DIR "/format-%1.eqlm").arg(format);
}

ProjectValues expectedFrom(int format)
{
    ProjectValues values = ProjectValues::of(*test::fullProject());
    if (format < 2)
        values.waivers.clear(); // format 1 had no waivers
    return values;
}
} // namespace

// Run by hand, once per new format: el_core_tests "[.generate-fixtures]"
TEST_CASE("Write the fixture of the current format", "[.generate-fixtures]")
{
    for (int format = 1; format <= ProjectFile::currentFormat(); ++format) {
        if (QFileInfo::exists(fixture(format)))
            continue; // a released format's fixture is never rewritten
        const auto bytes = ProjectFile::toBytes(*test::fullProject(), format);
        REQUIRE(bytes);
        test::writeBytes(fixture(format), *bytes);
    }
}

TEST_CASE("A file of every released format opens with everything in it", "[storage]")
{
    for (int format = 1; format <= ProjectFile::currentFormat(); ++format) {
        INFO("format " << format);
        const QByteArray before = test::readBytes(fixture(format));
        const auto opened = ProjectFile::open(fixture(format));
        REQUIRE(opened);
        CHECK(opened->format == format);
        CHECK(ProjectValues::of(*opened->project) == expectedFrom(format));
        CHECK(test::readBytes(fixture(format)) == before);
    }
}

TEST_CASE("A format-1 project saved again becomes a current-format file", "[storage]")
{
    test::TempDir dir;
    const QString path = dir.file(QStringLiteral("upgraded.eqlm"));
    const auto old = ProjectFile::load(fixture(1));
    REQUIRE(old);
    REQUIRE(ProjectFile::save(**old, path));
    CHECK(test::sqlite3(path, QStringLiteral("PRAGMA user_version;"))
          == QString::number(ProjectFile::currentFormat()));
    const auto reopened = ProjectFile::open(path);
    REQUIRE(reopened);
    CHECK(reopened->format == ProjectFile::currentFormat());
    CHECK(ProjectValues::of(*reopened->project) == expectedFrom(1));
}
