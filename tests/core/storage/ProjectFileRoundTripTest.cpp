// A project saved and opened again is exactly the project that was saved, and the file on disk
// is an ordinary, healthy SQLite file with nothing left beside it.
#include "ModelBuilder.h"
#include "StorageSamples.h"
#include "TempDir.h"
#include "storage/ProjectFile.h"
#include "storage/ProjectValues.h"

#include <QDir>
#include <QFileInfo>
#include <catch2/catch.hpp>

using namespace el;

TEST_CASE("A saved project opens again with every field, id and order intact", "[storage]")
{
    test::TempDir dir;
    const QString path = dir.file(QStringLiteral("luton.eqlm"));
    const auto original = test::fullProject();
    REQUIRE(ProjectFile::save(*original, path));

    const auto opened = ProjectFile::open(path);
    REQUIRE(opened);
    CHECK(opened->format == ProjectFile::currentFormat());
    CHECK(opened->appVersion == QStringLiteral(EL_VERSION));
    const ProjectValues before = ProjectValues::of(*original);
    const ProjectValues after = ProjectValues::of(*opened->project);
    CHECK(after.meta == before.meta);
    REQUIRE(after.models.size() == 2);
    for (qsizetype m = 0; m < 2; ++m) {
        CHECK(after.models[m].id == before.models[m].id);
        CHECK(after.models[m].nodes == before.models[m].nodes);
        CHECK(after.models[m].links == before.models[m].links);
    }
    CHECK(after.waivers == before.waivers);
    CHECK(after == before);
    // Spot checks on values that are easy to lose.
    const Node &outcome = after.models[0].nodes[5];
    REQUIRE(outcome.indicators.size() == 1);
    CHECK(outcome.indicators[0].measurements.size() == 3);
    CHECK_FALSE(outcome.indicators[0].measurements[2].date.isValid());
    CHECK(after.models[0].nodes[1].pos == QPointF(240.5 - 17.25, 0.1));
    CHECK(after.waivers[1].model.isNull());
}

TEST_CASE("An empty project and a saved-again project round-trip too", "[storage]")
{
    test::TempDir dir;
    const QString path = dir.file(QStringLiteral("empty.eqlm"));
    Project empty;
    REQUIRE(ProjectFile::save(empty, path));
    const auto opened = ProjectFile::load(path);
    REQUIRE(opened);
    CHECK((*opened)->modelCount() == 0);

    // Saving what was opened gives the very same bytes: the file is a function of the content.
    const auto full = test::fullProject();
    REQUIRE(ProjectFile::save(*full, path));
    const QByteArray first = test::readBytes(path);
    const auto again = ProjectFile::load(path);
    REQUIRE(again);
    REQUIRE(ProjectFile::save(**again, path));
    CHECK(test::readBytes(path) == first);
}

// Half of a surrogate pair can reach a project through an imported JSON escape such as "\ud800".
// The file and its checksum must encode it the same way, or the saved file would not open.
TEST_CASE("A text with half a surrogate pair saves and opens again", "[storage]")
{
    test::TempDir dir;
    const QString path = dir.file(QStringLiteral("surrogate.eqlm"));
    const auto project = test::fullProject();
    ProjectMeta meta = project->meta();
    meta.title = QStringLiteral("Luton ") + QChar(0xD800) + QStringLiteral(" town");
    project->setMeta(meta);
    REQUIRE(ProjectFile::save(*project, path));
    const auto opened = ProjectFile::load(path);
    REQUIRE(opened);
    CHECK((*opened)->meta().title == QStringLiteral("Luton \uFFFD town"));
}

TEST_CASE("The sqlite3 command sees a healthy rollback-journal file with our ids", "[storage]")
{
    test::TempDir dir;
    const QString path = dir.file(QStringLiteral("check.eqlm"));
    REQUIRE(ProjectFile::save(*test::fullProject(), path));

    CHECK(test::sqlite3(path, QStringLiteral("PRAGMA integrity_check;")) == QStringLiteral("ok"));
    CHECK(test::sqlite3(path, QStringLiteral("PRAGMA journal_mode;")) == QStringLiteral("delete"));
    CHECK(test::sqlite3(path, QStringLiteral("PRAGMA application_id;"))
          == QString::number(ProjectFile::applicationId));
    CHECK(test::sqlite3(path, QStringLiteral("PRAGMA user_version;"))
          == QString::number(ProjectFile::currentFormat()));
    CHECK(test::sqlite3(path, QStringLiteral("PRAGMA freelist_count;")) == QStringLiteral("0"));
    CHECK(test::sqlite3(path, QStringLiteral("SELECT count(*) FROM nodes;"))
          == QStringLiteral("22"));
    CHECK(test::sqlite3(path, QStringLiteral("SELECT title FROM project;"))
          == QStringLiteral("Luton Health Equity Town"));
}

TEST_CASE("Saving leaves only the project file in the folder", "[storage]")
{
    test::TempDir dir;
    const QString path = dir.file(QStringLiteral("only.eqlm"));
    REQUIRE(ProjectFile::save(*test::fullProject(), path));
    REQUIRE(ProjectFile::save(*test::fullProject(), path)); // over an existing file
    REQUIRE(ProjectFile::load(path));
    CHECK(QDir(dir.path()).entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot)
          == QStringList{QStringLiteral("only.eqlm")});
}

TEST_CASE("Opening a project never changes its file", "[storage]")
{
    test::TempDir dir;
    const QString path = dir.file(QStringLiteral("untouched.eqlm"));
    REQUIRE(ProjectFile::save(*test::fullProject(), path, {}));
    const QByteArray before = test::readBytes(path);
    const QDateTime modified = QFileInfo(path).lastModified();
    REQUIRE(ProjectFile::load(path));
    CHECK(test::readBytes(path) == before);
    CHECK(QFileInfo(path).lastModified() == modified);
}
