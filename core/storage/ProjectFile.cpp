#include "storage/ProjectFile.h"

#include "storage/FileHeader.h"
#include "storage/ProjectChecksum.h"
#include "storage/ProjectInvariants.h"
#include "storage/ProjectReader.h"
#include "storage/ProjectValues.h"
#include "storage/ProjectWriter.h"
#include "storage/Schema.h"
#include "storage/SqliteDatabase.h"
#include "storage/SqliteStatement.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>

namespace el::ProjectFile {

namespace {

using namespace std::chrono_literals;
// Far longer than checking a large real project takes; stops a file crafted to keep SQLite busy.
constexpr auto checkTimeLimit = 10s;

QString tr(const char *text)
{
    return QCoreApplication::translate("el::ProjectFile", text);
}

std::unexpected<QString> refuse(const QString &name, const QString &reason)
{
    return failure(tr("Cannot open \"%1\". %2").arg(QDir::toNativeSeparators(name), reason));
}

QString damaged(const SqliteDatabase &db)
{
    if (db.timedOut())
        return tr("Checking the file took too long, so it was not opened. It may be damaged, or "
                  "made to slow Equity Logic down. Ask the sender to send it again.");
    return tr("The file is damaged: its contents are not consistent (%1). It may have been "
              "damaged in transit or on disk. Ask the sender to send it again, or use a backup "
              "copy.")
        .arg(db.lastError());
}

QString foreignContent(const QString &problem)
{
    return tr("The file contains something Equity Logic never writes: %1. It may have been "
              "changed by another program. Ask the sender to send the project again, saved by "
              "Equity Logic.")
        .arg(problem);
}

// PRAGMA quick_check must answer exactly one row, "ok". It checks every page, cell, record and
// column type as integrity_check does, but not that each index matches its table: reading never
// uses an index (every query scans its table), and the checks on the values read stand in for
// the unique keys (ProjectInvariants: unique ids; ProjectReader: settings named once).
Result<> checkStructure(SqliteDatabase &db)
{
    auto stmt = db.prepare("PRAGMA quick_check(1)");
    if (!stmt)
        return failure(damaged(db));
    QByteArrayList rows;
    while (stmt->next())
        rows << stmt->textBytes(0);
    if (stmt->failed())
        return failure(damaged(db));
    if (rows != QByteArrayList{QByteArrayLiteral("ok")})
        return failure(tr("The file is damaged: SQLite's own check found that its contents are "
                          "inconsistent. It may have been damaged in transit or on disk. Ask the "
                          "sender to send it again, or use a backup copy."));
    return {};
}

} // namespace

int currentFormat()
{
    return Schema::newestFormat;
}

Result<OpenedFile> openBytes(const QByteArray &bytes, const QString &name)
{
    const auto header = FileHeader::check(bytes, currentFormat());
    if (!header)
        return refuse(name, header.error());

    SqliteDatabase db;
    if (auto ok = db.openCopyOf(bytes, checkTimeLimit); !ok)
        return refuse(name, damaged(db));
    if (auto ok = checkStructure(db); !ok)
        return refuse(name, ok.error());
    if (auto version = db.queryInt("PRAGMA user_version"); !version || *version != header->format)
        return refuse(name, damaged(db));
    if (auto ok = Schema::check(db, header->format); !ok)
        return refuse(name, ok.error());

    ProjectReader reader(db);
    const auto meta = reader.readMeta();
    if (!meta)
        return refuse(name, foreignContent(meta.error()));
    bool numeric = false;
    const int minReader = meta->value(QStringLiteral("min_reader_version")).toInt(&numeric);
    if (!numeric || minReader < 1)
        return refuse(name, foreignContent(tr("no valid version number")));
    if (minReader > currentFormat())
        return refuse(name, tr("This file was made by a newer version of Equity Logic (file "
                               "format %1); this version reads up to format %2. Please update "
                               "Equity Logic.")
                                .arg(minReader)
                                .arg(currentFormat()));
    const QString checksum = meta->value(QStringLiteral("checksum"));

    if (header->format < currentFormat()) {
        if (auto ok = Schema::migrate(db, header->format); !ok)
            return refuse(name, damaged(db));
        if (auto ok = Schema::check(db, currentFormat()); !ok)
            return refuse(name, ok.error());
    }

    auto values = reader.read();
    if (!values)
        return refuse(name, foreignContent(values.error()));
    if (auto ok = ProjectInvariants::check(*values); !ok)
        return refuse(name, foreignContent(ok.error()));
    if (ProjectChecksum::of(*values) != checksum.toLatin1())
        return refuse(name, tr("The file is damaged (its contents do not match its checksum); it "
                               "may have been changed in transit or by another program. Ask the "
                               "sender to send it again."));

    OpenedFile opened;
    opened.project = values->toProject();
    opened.format = header->format;
    opened.appVersion = meta->value(QStringLiteral("app_version"));
    return opened;
}

Result<OpenedFile> open(const QString &path)
{
    const QFileInfo info(path);
    if (info.isDir())
        return refuse(path, tr("This is a folder, not a project file. Choose a file ending in "
                               ".eqlm."));
    if (!info.exists())
        return refuse(path, tr("The file does not exist. It may have been moved, renamed or "
                               "deleted."));
    if (info.size() > sizeLimit)
        return refuse(path, tr("The file is too large to be an Equity Logic project (%1 MB; the "
                               "limit is %2 MB). Check that you chose the right file.")
                                .arg(info.size() >> 20)
                                .arg(sizeLimit >> 20));
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return refuse(path, tr("The file could not be read (%1). Check that you are allowed to "
                               "open it.")
                                .arg(file.errorString()));
    const QByteArray bytes = file.readAll();
    if (bytes.size() > sizeLimit) // it grew after its size was taken
        return refuse(path, tr("The file is too large to be an Equity Logic project."));
    return openBytes(bytes, path);
}

Result<std::unique_ptr<Project>> load(const QString &path)
{
    auto opened = open(path);
    if (!opened)
        return failure(opened.error());
    return std::move(opened->project);
}

Result<QByteArray> toBytes(const Project &project, int format)
{
    ProjectValues values = ProjectValues::of(project);
    if (format < 2)
        values.waivers.clear(); // format 1 has no place for them
    if (auto ok = ProjectInvariants::check(values); !ok)
        return failure(
            tr("the project has %1. Shorten or correct it, then save again.").arg(ok.error()));
    SqliteDatabase db;
    Result<> ok = db.openEmpty();
    if (ok)
        ok = ProjectWriter::write(db, values, format);
    if (!ok)
        return failure(tr("the project could not be prepared for saving (%1). Close other "
                          "programs to free memory, then try again.")
                           .arg(ok.error()));
    return db.serialise();
}

Result<> save(const Project &project, const QString &path, const AtomicFile::WriteFunction &write)
{
    const auto bytes = toBytes(project);
    if (!bytes)
        return failure(
            tr("Could not save \"%1\": %2").arg(QDir::toNativeSeparators(path), bytes.error()));
    return AtomicFile::write(path, *bytes, write);
}

Result<> save(const Project &project, const QString &path)
{
    return save(project, path, {});
}

} // namespace el::ProjectFile
