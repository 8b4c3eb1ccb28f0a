#include "storage/FileHeader.h"

#include "storage/ProjectFile.h"

#include <QCoreApplication>

namespace el {

namespace {
constexpr int headerSize = 100;
constexpr char magic[] = "SQLite format 3"; // followed by a zero byte: 16 bytes in all

QString tr(const char *text)
{
    return QCoreApplication::translate("el::ProjectFile", text);
}

quint32 bigEndian32(const QByteArray &bytes, int offset)
{
    const auto *p = reinterpret_cast<const unsigned char *>(bytes.constData()) + offset;
    return (quint32(p[0]) << 24) | (quint32(p[1]) << 16) | (quint32(p[2]) << 8) | quint32(p[3]);
}

quint8 byteAt(const QByteArray &bytes, int offset)
{
    return static_cast<quint8>(bytes[offset]);
}

QString damagedHeader()
{
    return tr("The file is damaged: its first bytes, which describe the rest of the file, are not "
              "valid. Ask the sender to send it again, or use a backup copy.");
}

QString truncated(qint64 actual, qint64 expected)
{
    return tr("The file is incomplete: it has %1 bytes but should have %2. It was probably cut "
              "short while being copied, downloaded or attached to an email. Ask the sender to "
              "send it again.")
        .arg(actual)
        .arg(expected);
}
// What a file that is not a project most likely is, from its first bytes, and what to do about
// it; empty when it is nothing recognisable.
QString whatItIs(const QByteArray &bytes)
{
    if (bytes.startsWith("%PDF-"))
        return tr("It is a PDF document, perhaps diagrams or a report exported from a project. "
                  "Ask the sender for the project file itself, which ends with .eqlm.");
    if (bytes.startsWith("PK\x03\x04"))
        return tr("It is a ZIP archive, or a Word, Excel or PowerPoint document. If a project was "
                  "sent inside a ZIP archive, extract it first and open the .eqlm file.");
    if (bytes.startsWith("\x89PNG") || bytes.startsWith("\xff\xd8\xff"))
        return tr("It is a picture, perhaps a diagram exported from a project. Ask the sender "
                  "for the project file itself, which ends with .eqlm.");
    const QByteArray start = bytes.left(4096).trimmed();
    if (start.startsWith("<svg") || (start.startsWith("<?xml") && start.contains("<svg")))
        return tr("It is an SVG picture, perhaps a diagram exported from a project. Ask the "
                  "sender for the project file itself, which ends with .eqlm.");
    if (start.startsWith("{") && start.contains("\"format\""))
        return tr(
            "It is a JSON file in Equity Logic's exchange format: bring it in with File \u2192 "
            "Import JSON\u2026 (or equitylogic import), which makes a project of it.");
    return {};
}
} // namespace

Result<FileHeader> FileHeader::check(const QByteArray &bytes, int newestFormat)
{
    if (bytes.isEmpty())
        return failure(tr("The file is empty (0 bytes), so there is no project in it. It may not "
                          "have been saved or copied completely: ask the sender to send it "
                          "again."));
    const QByteArray expectedMagic(magic, sizeof magic); // includes the zero byte
    if (!bytes.startsWith(expectedMagic.left(qMin(bytes.size(), expectedMagic.size())))) {
        const QString what = whatItIs(bytes);
        return failure(what.isEmpty()
                           ? tr("This is not an Equity Logic project file. Check that you chose "
                                "the right file: projects are saved with the ending .eqlm.")
                           : tr("This is not an Equity Logic project file. %1").arg(what));
    }
    if (bytes.size() < headerSize)
        return failure(truncated(bytes.size(), headerSize));

    FileHeader h;
    const int rawPageSize = (byteAt(bytes, 16) << 8) | byteAt(bytes, 17);
    h.pageSize = rawPageSize == 1 ? 65536 : rawPageSize;
    if (h.pageSize < 512 || h.pageSize > 65536 || (h.pageSize & (h.pageSize - 1)) != 0)
        return failure(damagedHeader());

    // Bytes 18 and 19 are the write and read versions: 1 for a rollback journal, 2 for WAL.
    if (byteAt(bytes, 18) == 2 || byteAt(bytes, 19) == 2)
        return failure(
            tr("The file was last changed by another program in a mode (SQLite's WAL mode) that "
               "keeps recent changes in a separate file, so what arrived may be incomplete. "
               "Equity Logic never saves files this way. Open the project from a copy saved by "
               "Equity Logic, or ask whoever changed it to turn WAL mode off."));
    if (byteAt(bytes, 18) != 1 || byteAt(bytes, 19) != 1 || byteAt(bytes, 21) != 64
        || byteAt(bytes, 22) != 32 || byteAt(bytes, 23) != 32)
        return failure(damagedHeader());

    // The page count at offset 28 is valid only when the change counter (24) equals the
    // "version valid for" number (92); otherwise the file's own size must be whole pages.
    const qint64 size = bytes.size();
    if (bigEndian32(bytes, 24) == bigEndian32(bytes, 92)) {
        h.pageCount = bigEndian32(bytes, 28);
        const qint64 expected = h.pageCount * h.pageSize;
        if (h.pageCount == 0)
            return failure(damagedHeader());
        if (size < expected)
            return failure(truncated(size, expected));
        if (size > expected)
            return failure(tr("The file is damaged: it is longer than its own header says (%1 "
                              "bytes instead of %2). Ask the sender to send it again, or use a "
                              "backup copy.")
                               .arg(size)
                               .arg(expected));
    } else if (size % h.pageSize != 0) {
        return failure(truncated(size, (size / h.pageSize + 1) * h.pageSize));
    } else {
        h.pageCount = size / h.pageSize;
    }

    h.applicationId = static_cast<qint32>(bigEndian32(bytes, 68));
    if (h.applicationId != ProjectFile::applicationId)
        return failure(tr("This is an SQLite database, but not an Equity Logic project. Check "
                          "that you chose the right file."));
    // Text encoding 1 is UTF-8, the only one we write.
    if (bigEndian32(bytes, 56) != 1)
        return failure(damagedHeader());
    const quint32 format = bigEndian32(bytes, 60);
    if (format > static_cast<quint32>(newestFormat))
        return failure(tr("This file was made by a newer version of Equity Logic (file format "
                          "%1); this version reads up to format %2. Please update Equity Logic.")
                           .arg(format)
                           .arg(newestFormat));
    if (format < 1)
        return failure(damagedHeader());
    h.format = static_cast<int>(format);
    return h;
}

} // namespace el
