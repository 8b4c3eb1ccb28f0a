#pragma once
// What the sidecar of a working copy says: which document it belongs to, when it last changed,
// how many changes it holds and which process keeps it.
#include <QByteArray>
#include <QDateTime>
#include <QString>
#include <optional>

namespace el {

struct RecoveryEntry
{
    QString copyPath;     // the working copy (a project file)
    QString sidecarPath;  // this record
    QString originalPath; // the user's file; empty for a project never saved
    QString title;
    QDateTime lastChanged;
    int changes = 0;
    QString host;
    qint64 pid = 0;

    // The user's file name, or the project's title for a project never saved.
    QString displayName() const;

    static QString copySuffix() { return QStringLiteral(".eqlm"); }
    static QString sidecarSuffix() { return QStringLiteral(".recovery.json"); }

    QByteArray toJson() const;
    static std::optional<RecoveryEntry> fromJson(const QByteArray &json);
};

} // namespace el
