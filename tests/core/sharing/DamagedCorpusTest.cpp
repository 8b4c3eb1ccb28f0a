#include "storage/ProjectFile.h"

#include <QDir>
#include <catch2/catch.hpp>

using namespace el;

namespace {
QString damagedDir()
{
    return QStringLiteral(EL_TEST_DATA_DIR "/damaged");
}
} // namespace

TEST_CASE("Every damaged file is refused with a message that says what is wrong", "[damaged]")
{
    const auto [name, words] = GENERATE(table<const char *, const char *>({
        {"empty.eqlm", "empty"},
        {"not-a-project.eqlm", "not an Equity Logic project file"},
        {"truncated-in-header.eqlm", "incomplete"},
        {"truncated-half.eqlm", "incomplete"},
        {"truncated-one-byte.eqlm", "incomplete"},
        {"trailing-garbage.eqlm", "longer than"},
        {"bitflip-magic.eqlm", "not an Equity Logic project file"},
        {"bitflip-page-size.eqlm", "damaged"},
        {"bitflip-application-id.eqlm", "not an Equity Logic project"},
        {"bitflip-format-version.eqlm", "damaged"},
        {"bitflip-page-count.eqlm", "incomplete"},
        {"bitflip-btree-page.eqlm", "damaged"},
        {"bitflip-title-text.eqlm", "checksum"},
        {"foreign-sqlite.eqlm", "not an Equity Logic project"},
        {"foreign-schema.eqlm", "another program"},
        {"newer-format.eqlm", "newer version"},
        {"newer-min-reader.eqlm", "newer version"},
        {"changed-without-checksum.eqlm", "checksum"},
        {"wal-mode.eqlm", "WAL"},
    }));
    const QString path = QDir(damagedDir()).filePath(QString::fromUtf8(name));
    REQUIRE(QFile::exists(path));
    const QByteArray before = [&] {
        QFile f(path);
        return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
    }();
    const auto loaded = ProjectFile::load(path);
    REQUIRE_FALSE(loaded);
    INFO(loaded.error().toStdString());
    CHECK(loaded.error().contains(QString::fromUtf8(name)));
    CHECK(loaded.error().contains(QString::fromUtf8(words)));
    // Opening never writes, not even to a damaged file, and leaves nothing beside it.
    QFile after(path);
    REQUIRE(after.open(QIODevice::ReadOnly));
    CHECK(after.readAll() == before);
    CHECK_FALSE(QFile::exists(path + QStringLiteral("-journal")));
    CHECK_FALSE(QFile::exists(path + QStringLiteral("-wal")));
}

TEST_CASE("No file in the damaged corpus opens", "[damaged]")
{
    const QFileInfoList files
        = QDir(damagedDir()).entryInfoList({QStringLiteral("*.eqlm")}, QDir::Files);
    REQUIRE(files.size() >= 19);
    for (const QFileInfo &file : files) {
        INFO(file.fileName().toStdString());
        const auto loaded = ProjectFile::load(file.absoluteFilePath());
        CHECK_FALSE(loaded);
        if (!loaded)
            CHECK(!loaded.error().isEmpty());
    }
}
