#include "sharing/SafeSave.h"
#include "sharing/ShareCopy.h"
#include "sharing/WorkingCopy.h"
#include "storage/ProjectFile.h"

#include "SharingTestUtil.h"

#include <QDir>
#include <QFile>
#include <catch2/catch.hpp>

using namespace el;
using namespace el::test;

namespace {

enum class Fault { None, Write, ShortWrite, Flush, Replace, ReplacedMidSave };

// Plays the disk, the file system and another program failing at one step.
class FaultySteps : public SaveSteps
{
public:
    explicit FaultySteps(Fault fault)
        : m_fault(fault)
    {}
    qint64 write(QFile &file, const QByteArray &bytes) override
    {
        if (m_fault == Fault::Write)
            return -1;
        if (m_fault == Fault::ShortWrite) // the disk filled up half way
            return file.write(bytes.left(bytes.size() / 2));
        return SaveSteps::write(file, bytes);
    }
    bool flush(QFile &file) override { return m_fault != Fault::Flush && SaveSteps::flush(file); }
    void beforeReplace(const QString &target) override
    {
        if (m_fault != Fault::ReplacedMidSave)
            return;
        QFile other(target);
        REQUIRE(other.open(QIODevice::WriteOnly | QIODevice::Truncate));
        other.write("another program's version");
    }
    bool replace(const QString &temp, const QString &target, QString &error) override
    {
        if (m_fault == Fault::Replace) {
            error = QStringLiteral("Permission denied");
            return false;
        }
        return SaveSteps::replace(temp, target, error);
    }

private:
    Fault m_fault;
};

// An open project with one unsaved change, already in its working copy.
struct Session : OpenProject
{
    FileFingerprint loaded = FileFingerprint::of(path);
    std::unique_ptr<WorkingCopy> copy;

    Session()
    {
        copy = std::make_unique<WorkingCopy>(document.get(), recovery);
        addActivity(*document, QStringLiteral("Warm homes grants"));
        settle();
    }
    QStringList folderContents() const
    {
        return QDir(dir.path()).entryList(QDir::Files | QDir::Hidden | QDir::NoDotAndDotDot);
    }
};

} // namespace

TEST_CASE("A save that fails at any step leaves the old file and the working copy intact",
          "[safesave]")
{
    const auto [fault, expected] = GENERATE(table<Fault, const char *>({
        {Fault::Write, "disk may be full"},
        {Fault::ShortWrite, "disk may be full"},
        {Fault::Flush, "disk may be full"},
        {Fault::Replace, "Permission denied"},
        {Fault::ReplacedMidSave, "Another program changed or replaced the file"},
    }));
    Session session;
    const QByteArray before = readAll(session.path);
    const QStringList contents = session.folderContents();

    FaultySteps steps(fault);
    const auto saved
        = SafeSave::save(*session.document->project(), session.path, session.loaded, steps);
    REQUIRE_FALSE(saved);
    INFO(saved.error().toStdString());
    CHECK(saved.error().contains(QString::fromUtf8(expected)));
    CHECK(saved.error().contains(QStringLiteral("Housing.eqlm")));
    CHECK(saved.error().contains(QStringLiteral("has not been changed")));

    if (fault == Fault::ReplacedMidSave)
        CHECK(readAll(session.path) == QByteArray("another program's version"));
    else
        CHECK(readAll(session.path) == before);
    // Nothing half-written is left beside it.
    CHECK(session.folderContents() == contents);

    auto kept = ProjectFile::load(session.copy->copyPath());
    REQUIRE(kept);
    CHECK(nodeTitles(**kept).contains(QStringLiteral("Warm homes grants")));
    CHECK(session.document->isModified());
}

TEST_CASE("A save succeeds in place and keeps nothing beside the file", "[safesave]")
{
    Session session;
    const QStringList contents = session.folderContents();
    QFile::setPermissions(session.path, QFileDevice::ReadOwner | QFileDevice::WriteOwner
                                            | QFileDevice::ReadGroup | QFileDevice::WriteGroup);
    REQUIRE(SafeSave::save(*session.document->project(), session.path, session.loaded));
    auto reloaded = ProjectFile::load(session.path);
    REQUIRE(reloaded);
    CHECK(nodeTitles(**reloaded).contains(QStringLiteral("Warm homes grants")));
    CHECK(session.folderContents() == contents);
    CHECK(QFile::permissions(session.path).testFlag(QFileDevice::WriteGroup));
}

TEST_CASE("A file another program changed after we opened it is not overwritten", "[safesave]")
{
    Session session;
    {
        QFile other(session.path);
        REQUIRE(other.open(QIODevice::WriteOnly | QIODevice::Append));
        other.write("x");
    }
    const QByteArray theirs = readAll(session.path);
    const auto saved = SafeSave::save(*session.document->project(), session.path, session.loaded);
    REQUIRE_FALSE(saved);
    CHECK(saved.error().contains(QStringLiteral("Save As")));
    CHECK(readAll(session.path) == theirs);
}

TEST_CASE("Share by email writes a complete copy named after the project and date", "[share]")
{
    Session session;
    ProjectMeta meta = session.document->project()->meta();
    meta.title = QStringLiteral("Luton Health Equity Town");
    session.document->project()->setMeta(meta);
    const QString outbox = session.dir.file(QStringLiteral("outbox"));
    const auto path = ShareCopy::write(*session.document->project(), outbox, QDate(2026, 11, 26));
    REQUIRE(path);
    CHECK(QFileInfo(*path).fileName()
          == QStringLiteral("Luton Health Equity Town 2026-11-26.eqlm"));
    auto shared = ProjectFile::load(*path);
    REQUIRE(shared);
    CHECK((*shared)->title() == QStringLiteral("Luton Health Equity Town"));
    CHECK(nodeTitles(**shared).contains(QStringLiteral("Warm homes grants")));
    // Only the file itself: nothing beside it that a mail program might miss.
    CHECK(QDir(outbox).entryList(QDir::Files | QDir::Hidden)
          == QStringList{QFileInfo(*path).fileName()});
}
