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

    // What the file is instead, when that is plain, with what to do.
    const struct
    {
        const char *name;
        QByteArray bytes;
        const char *says;
    } others[] = {
        {"diagram.eqlm", "%PDF-1.4\n%\xe2\xe3\xcf\xd3\n1 0 obj", "It is a PDF document"},
        {"archive.eqlm", QByteArray("PK\x03\x04\x14\x00\x00\x00", 8), "extract it first"},
        {"picture.eqlm", QByteArray("\x89PNG\r\n\x1a\n", 8), "It is a picture"},
        {"exchange.eqlm", "{\n  \"format\": \"equitylogic\",\n  \"version\": 1\n}", "Import JSON"},
    };
    for (const auto &other : others) {
        const QString path = f.dir.file(QString::fromLatin1(other.name));
        test::writeBytes(path, other.bytes);
        INFO(other.name);
        const QString message = refusal(path);
        CHECK(message.contains(QStringLiteral("not an Equity Logic project file")));
        CHECK(message.contains(QString::fromUtf8(other.says)));
    }

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

// SQLite's own foreign key check is not run on open: the reader looks up every reference itself.
TEST_CASE("Every kind of reference to something not in the file is refused", "[storage][refusal]")
{
    Fixture f;
    const auto refusalFor = [&](const char *table, const char *column, const char *where) {
        const QString path
            = f.copy(QStringLiteral("%1-%2.eqlm")
                         .arg(QString::fromLatin1(table), QString::fromLatin1(column)));
        test::sqlite3(path, QStringLiteral("UPDATE %1 SET %2 = X'11111111222233334444555555555555' "
                                           "WHERE rowid = (SELECT min(rowid) FROM %1 WHERE %3);")
                                .arg(QString::fromLatin1(table), QString::fromLatin1(column),
                                     QString::fromLatin1(where)));
        return refusal(path);
    };
    struct Case
    {
        const char *table, *column, *where, *words;
    };
    const Case cases[] = {
        {"nodes", "model_id", "1", "a node in a model that is not in the file"},
        {"links", "model_id", "1", "a link in a model that is not in the file"},
        {"links", "from_id", "1", "a link to a node that is not in the file"},
        {"links", "to_id", "1", "a link to a node that is not in the file"},
        {"indicators", "node_id", "1", "an indicator of a node that is not in the file"},
        {"measurements", "indicator_id", "1",
         "a measurement of an indicator that is not in the file"},
        {"waivers", "model_id", "model_id IS NOT NULL",
         "an accepted finding for a model that is not in the file"},
    };
    for (const Case &c : cases) {
        INFO(c.table << "." << c.column);
        CHECK(refusalFor(c.table, c.column, c.where).contains(QString::fromLatin1(c.words)));
    }

    // A link between the two models: both ends exist, but not in the link's model.
    const QString across = f.copy(QStringLiteral("across.eqlm"));
    test::sqlite3(across, QStringLiteral("UPDATE links SET to_id = (SELECT id FROM nodes WHERE "
                                         "model_id != links.model_id LIMIT 1) WHERE rowid = 1;"));
    CHECK(refusal(across).contains(QStringLiteral("not both in its model")));
}

// SQLite's quick check, run on open, does not look for two rows with the same key; a file made
// that way (here by another program rewriting the schema) is refused all the same.
TEST_CASE("Two rows with the same key are refused", "[storage][refusal]")
{
    Fixture f;
    const auto duplicated = [&](const char *table, const char *key, const char *type,
                                const char *insert) {
        const QString t = QString::fromLatin1(table);
        const QString k = QString::fromLatin1(key);
        const QString kt = QString::fromLatin1(type);
        const QString path = f.copy(QStringLiteral("twice-%1.eqlm").arg(t));
        const QString unique = QStringLiteral("(%1 %2 PRIMARY KEY NOT NULL").arg(k, kt);
        const QString plain = QStringLiteral("(%1 %2 NOT NULL").arg(k, kt);
        const QString autoindex = QStringLiteral("sqlite_autoindex_%1_1").arg(t);
        // The key's unique index becomes an ordinary one, which accepts the second row; then the
        // schema is put back as it was, index and all.
        test::sqlite3(path,
                      QStringLiteral("PRAGMA writable_schema = ON; "
                                     "UPDATE sqlite_schema SET sql = replace(sql, '%2', '%3') "
                                     "WHERE name = '%1'; "
                                     "UPDATE sqlite_schema SET name = 'tmp', sql = "
                                     "'CREATE INDEX tmp ON %1 (%5)' WHERE name = '%4';")
                          .arg(t, unique, plain, autoindex, k));
        test::sqlite3(path, QString::fromLatin1(insert));
        test::sqlite3(path,
                      QStringLiteral("PRAGMA writable_schema = ON; "
                                     "UPDATE sqlite_schema SET sql = replace(sql, '%3', '%2') "
                                     "WHERE name = '%1'; "
                                     "UPDATE sqlite_schema SET name = '%4', sql = NULL "
                                     "WHERE name = 'tmp';")
                          .arg(t, unique, plain, autoindex));
        REQUIRE(test::sqlite3(path, QStringLiteral("PRAGMA quick_check;")) == QStringLiteral("ok"));
        REQUIRE(test::sqlite3(path, QStringLiteral("PRAGMA integrity_check;"))
                != QStringLiteral("ok"));
        return refusal(path);
    };
    CHECK(duplicated("meta", "key", "TEXT", "INSERT INTO meta VALUES ('app_version', '9.9');")
              .contains(QStringLiteral("a setting stored twice")));
    CHECK(
        duplicated("nodes", "id", "BLOB", "INSERT INTO nodes SELECT * FROM nodes WHERE rowid = 1;")
            .contains(QStringLiteral("two items with the same identifier")));
}
