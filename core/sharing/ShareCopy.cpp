#include "sharing/ShareCopy.h"

#include "storage/ProjectFile.h"

#include <QCoreApplication>
#include <QDir>
#include <QStandardPaths>

namespace el::ShareCopy {

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("el::ShareCopy", text);
}

// Mail programs and Windows both dislike long names; leave room for the date and extension.
constexpr int maxTitleLength = 80;
} // namespace

QString fileNameFor(const QString &title, QDate date)
{
    QString clean;
    for (const QChar c : title) {
        // Not allowed on Windows, or troublesome in mail attachments.
        static const QString forbidden = QStringLiteral("<>:\"/\\|?*");
        if (c.category() == QChar::Other_Control || forbidden.contains(c))
            clean += QLatin1Char(' ');
        else
            clean += c;
    }
    clean = clean.simplified();
    // Windows refuses names ending in a dot or a space.
    while (clean.endsWith(QLatin1Char('.')) || clean.endsWith(QLatin1Char(' ')))
        clean.chop(1);
    // A leading dot hides the file on Linux and macOS.
    while (clean.startsWith(QLatin1Char('.')) || clean.startsWith(QLatin1Char(' ')))
        clean.remove(0, 1);
    if (clean.size() > maxTitleLength)
        clean = clean.left(maxTitleLength).trimmed();
    if (clean.isEmpty())
        clean = tr("Equity Logic project");
    return QStringLiteral("%1 %2.eqlm").arg(clean, date.toString(Qt::ISODate));
}

QString defaultOutbox()
{
    return QDir(QStandardPaths::writableLocation(QStandardPaths::TempLocation))
        .filePath(QStringLiteral("Equity Logic outbox"));
}

Result<QString> write(const Project &project, const QString &outbox, QDate date)
{
    if (!QDir().mkpath(outbox))
        return failure(tr("The copy to share could not be made: the folder %1 could not be "
                          "created. Use Save As to save a copy, then attach it yourself.")
                           .arg(QDir::toNativeSeparators(outbox)));
    const QString path = QDir(outbox).filePath(fileNameFor(project.title(), date));
    if (auto ok = ProjectFile::save(project, path); !ok)
        return failure(tr("The copy to share could not be made. %1").arg(ok.error()));
    return path;
}

} // namespace el::ShareCopy
