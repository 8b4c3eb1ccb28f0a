// Every kind of bad file is refused with a message that names the file and says what is wrong;
// each case is a real file on disk, made the way it would arrive.
#include "StorageSamples.h"
#include "TempDir.h"
#include "storage/ProjectFile.h"

#include <QDir>
#include <catch2/catch.hpp>

using namespace el;

namespace {

struct Fixture
{
    test::TempDir dir;
    QString good = dir.file(QStringLiteral("good.eqlm"));

    Fixture() { REQUIRE(ProjectFile::save(*test::fullProject(), good)); }

    // A copy of the good file, to be damaged.
    QString copy(const QString &name) const
    {
        const QString path = dir.file(name);
        test::writeBytes(path, test::readBytes(good));
        return path;
    }
};

// Opens the file, expects a refusal naming it, and returns the message.
QString refusal(const QString &path)
{
    const QByteArray before = QFileInfo(path).isFile() ? test::readBytes(path) : QByteArray();
    const auto result = ProjectFile::load(path);
    REQUIRE_FALSE(result);
    const QString message = result.error();
    INFO(message.toStdString());
    CHECK(message.contains(QDir::toNativeSeparators(path)));
    if (QFileInfo(path).isFile())
        CHECK(test::readBytes(path) == before); // never modified, even when refused
    return message;
}

void flipBit(const QString &path, qsizetype offset, char mask = 0x01)
{
    QByteArray bytes = test::readBytes(path);
    REQUIRE(offset < bytes.size());
    bytes[offset] = static_cast<char>(bytes[offset] ^ mask);
    test::writeBytes(path, bytes);
}

} // namespace

TEST_CASE("Files that are not projects at all are refused plainly", "[storage][refusal]")
{
    Fixture f;
    const QString empty = f.dir.file(QStringLiteral("empty.eqlm"));
    test::writeBytes(empty, {});
    CHECK(refusal(empty).contains(QStringLiteral("empty (0 bytes)")));

    CHECK(refusal(f.dir.path()).contains(QStringLiteral("folder, not a project file")));
    CHECK(refusal(f.dir.file(QStringLiteral("nowhere.eqlm")))
              .contains(QStringLiteral("does not exist")));

    const QString text = f.dir.file(QStringLiteral("notes.eqlm"));
    test::writeBytes(text, "Dear colleague,\nplease find the project attached.\n");
    CHECK(refusal(text).contains(QStringLiteral("not an Equity Logic project file")));

    const QString foreign = f.dir.file(QStringLiteral("foreign.eqlm"));
    test::sqlite3(foreign, QStringLiteral("CREATE TABLE t (x); INSERT INTO t VALUES (1);"));
    CHECK(refusal(foreign).contains(
        QStringLiteral("This is an SQLite database, but not an Equity Logic project.")));
}

TEST_CASE("A cut-short or bit-flipped file is refused as damaged", "[storage][refusal]")
{
    Fixture f;
    const QByteArray bytes = test::readBytes(f.good);

    const QString half = f.dir.file(QStringLiteral("half.eqlm"));
    test::writeBytes(half, bytes.left(bytes.size() / 2));
    CHECK(refusal(half).contains(QStringLiteral("incomplete")));
    const QString stub = f.dir.file(QStringLiteral("stub.eqlm"));
    test::writeBytes(stub, bytes.left(50));
    CHECK(refusal(stub).contains(QStringLiteral("incomplete")));

    // The page size in the header.
    const QString header = f.copy(QStringLiteral("header.eqlm"));
    flipBit(header, 16);
    CHECK(refusal(header).contains(QStringLiteral("damaged")));

    // A letter of a node title: SQLite's structure is intact, so the checksum must catch it.
    const QString title = f.copy(QStringLiteral("title.eqlm"));
    const qsizetype at = bytes.indexOf("School readiness");
    REQUIRE(at > 0);
    flipBit(title, at + 2);
    CHECK(refusal(title).contains(QStringLiteral("do not match its checksum")));

    // The b-tree structure of a page in the middle of the file.
    const QString page = f.copy(QStringLiteral("page.eqlm"));
    flipBit(page, 4096 * 3 + 3, 0x40); // the cell count of page 4
    CHECK(refusal(page).contains(QStringLiteral("damaged")));
}

TEST_CASE("A project changed by another program is refused", "[storage][refusal]")
{
    Fixture f;
    const auto changed = [&](const char *name, const char *sql) {
        const QString path = f.copy(QString::fromLatin1(name));
        test::sqlite3(path, QString::fromLatin1(sql));
        return refusal(path);
    };
    CHECK(changed("trigger.eqlm", "CREATE TRIGGER t AFTER INSERT ON nodes BEGIN "
                                  "DELETE FROM links; END;")
              .contains(QStringLiteral("a trigger named \"t\"")));
    CHECK(changed("view.eqlm", "CREATE VIEW v AS SELECT * FROM nodes;")
              .contains(QStringLiteral("a view named \"v\"")));
    CHECK(changed("table.eqlm", "CREATE TABLE extra (x);")
              .contains(QStringLiteral("a table named \"extra\"")));
    CHECK(changed("index.eqlm", "CREATE INDEX i ON nodes (title);")
              .contains(QStringLiteral("an index named \"i\"")));
    CHECK(changed("newer.eqlm", "PRAGMA user_version = 3;")
              .contains(QStringLiteral("made by a newer version of Equity Logic (file format 3); "
                                       "this version reads up to format 2. Please update")));
    CHECK(changed("appid.eqlm", "PRAGMA application_id = 1234;")
              .contains(QStringLiteral("not an Equity Logic project")));
    CHECK(changed("checksum.eqlm", "UPDATE project SET title = 'Edited elsewhere';")
              .contains(QStringLiteral("The file is damaged (its contents do not match its "
                                       "checksum)")));
    CHECK(changed("wal.eqlm", "PRAGMA journal_mode = WAL;").contains(QStringLiteral("WAL")));
    const QString tooLong = changed(
        "long.eqlm", "UPDATE nodes SET title = printf('%.*c', 5000, 'x') WHERE rowid = 1;");
    CHECK(tooLong.contains(QStringLiteral("node title of 5")));
    CHECK(tooLong.contains(QStringLiteral("longer than the most allowed")));
    CHECK(changed("kind.eqlm", "UPDATE nodes SET kind = 'outcome' WHERE rowid = 1;")
              .contains(QStringLiteral("unknown kind \"outcome\"")));
    CHECK(changed("selflink.eqlm", "UPDATE links SET to_id = from_id WHERE rowid = 1;")
              .contains(QStringLiteral("itself")));
    CHECK(changed("dangling.eqlm", "UPDATE links SET to_id = "
                                   "X'11111111222233334444555555555555' WHERE rowid = 1;")
              .contains(QStringLiteral("not in the file")));
    CHECK(changed("shortid.eqlm", "UPDATE links SET id = X'01020304' WHERE rowid = 1;")
              .contains(QStringLiteral("not valid")));
    CHECK(changed("utf8.eqlm", "UPDATE nodes SET title = CAST(X'41FF42' AS TEXT) WHERE rowid = 1;")
              .contains(QStringLiteral("not valid text")));
    CHECK(changed("date.eqlm", "UPDATE indicators SET baseline_date = '2023-02-30';")
              .contains(QStringLiteral("not a valid date")));
    CHECK(changed("inf.eqlm", "UPDATE nodes SET x = 9e999 WHERE rowid = 1;")
              .contains(QStringLiteral("not a number")));
}
