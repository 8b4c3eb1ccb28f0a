#include "sharing/RecoveryEntry.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>

namespace el {

QString RecoveryEntry::displayName() const
{
    if (!originalPath.isEmpty())
        return QFileInfo(originalPath).fileName();
    if (!title.isEmpty())
        return title;
    return QCoreApplication::translate("el::Document", "Untitled");
}

QByteArray RecoveryEntry::toJson() const
{
    const QJsonObject json{
        {QStringLiteral("original"), originalPath},
        {QStringLiteral("title"), title},
        {QStringLiteral("last_changed"), lastChanged.toString(Qt::ISODateWithMs)},
        {QStringLiteral("changes"), changes},
        {QStringLiteral("host"), host},
        {QStringLiteral("pid"), pid}};
    return QJsonDocument(json).toJson();
}

std::optional<RecoveryEntry> RecoveryEntry::fromJson(const QByteArray &bytes)
{
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(bytes, &error);
    if (error.error != QJsonParseError::NoError || !doc.isObject())
        return std::nullopt;
    const QJsonObject json = doc.object();
    RecoveryEntry entry;
    entry.originalPath = json.value(QLatin1String("original")).toString();
    entry.title = json.value(QLatin1String("title")).toString();
    entry.lastChanged = QDateTime::fromString(json.value(QLatin1String("last_changed")).toString(),
                                              Qt::ISODateWithMs);
    entry.changes = json.value(QLatin1String("changes")).toInt();
    entry.host = json.value(QLatin1String("host")).toString();
    entry.pid = json.value(QLatin1String("pid")).toInteger();
    return entry;
}

} // namespace el
