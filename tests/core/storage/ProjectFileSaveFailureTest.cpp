// A save that fails (a full disk, a missing folder) says why and leaves the old file exactly as
// it was, with nothing left beside it.
#include "StorageSamples.h"
#include "TempDir.h"
#include "storage/ProjectFile.h"

#include <QDir>
#include <QIODevice>
#include <catch2/catch.hpp>

using namespace el;

namespace {
// Writes the first `budget` bytes, then fails as a full disk would.
AtomicFile::WriteFunction failAfter(qint64 budget)
{
    return [budget](QIODevice &file, const char *data, qint64 size) mutable -> qint64 {
        if (budget <= 0)
            return -1;
        const qint64 n = file.write(data, qMin(size, budget));
        budget -= n;
        return n;
    };
}

QStringList entries(const QString &folder)
{
    return QDir(folder).entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot);
}
} // namespace

TEST_CASE("A save that fails part-way leaves the old file byte-for-byte intact", "[storage]")
{
    test::TempDir dir;
    const QString path = dir.file(QStringLiteral("keep.eqlm"));
    Project old;
    old.setMeta({QStringLiteral("The old version"), {}, {}});
    REQUIRE(ProjectFile::save(old, path));
    const QByteArray before = test::readBytes(path);

    for (qint64 budget : {0, 1, 100, 4096, 20000}) {
        INFO("failing after " << budget << " bytes");
        const auto result = ProjectFile::save(*test::fullProject(), path, failAfter(budget));
        REQUIRE_FALSE(result);
        CHECK(result.error().contains(QStringLiteral("keep.eqlm")));
        CHECK(result.error().contains(QStringLiteral("Could not save")));
        CHECK(result.error().contains(QStringLiteral("has not been changed")));
        CHECK(test::readBytes(path) == before);
        CHECK(entries(dir.path()) == QStringList{QStringLiteral("keep.eqlm")});
    }
    const auto reopened = ProjectFile::load(path);
    REQUIRE(reopened);
    CHECK((*reopened)->title() == QStringLiteral("The old version"));
}

TEST_CASE("Saving into a folder that does not exist says so", "[storage]")
{
    test::TempDir dir;
    const QString path = dir.file(QStringLiteral("missing/folder/p.eqlm"));
    const auto result = ProjectFile::save(*test::fullProject(), path);
    REQUIRE_FALSE(result);
    CHECK(result.error().contains(QStringLiteral("does not exist")));
    CHECK(entries(dir.path()).isEmpty());
}

TEST_CASE("A project with a text too long to store is not saved", "[storage]")
{
    test::TempDir dir;
    const QString path = dir.file(QStringLiteral("long.eqlm"));
    Project p;
    p.setMeta({QString(5000, QLatin1Char('x')), {}, {}});
    const auto result = ProjectFile::save(p, path);
    REQUIRE_FALSE(result);
    CHECK(result.error().contains(QStringLiteral("project title")));
    CHECK(entries(dir.path()).isEmpty());
}
