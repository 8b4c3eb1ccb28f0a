#include "interchange/IdMapping.h"

namespace el::IdMapping {

namespace {
// Parts of a derived name are joined by the unit separator, which no sensible id contains, so
// that ("a", "bc") and ("ab", "c") never give the same name.
constexpr QChar separator(0x1f);

QUuid derive(std::initializer_list<QStringView> parts)
{
    QString name;
    for (QStringView part : parts) {
        if (!name.isEmpty())
            name += separator;
        name += part;
    }
    return QUuid::createUuidV5(idNamespace(), name);
}

QUuid keepOrDerive(std::initializer_list<QStringView> parts, const QString &jsonId)
{
    if (const auto uuid = parseUuid(jsonId))
        return *uuid;
    return derive(parts);
}
} // namespace

QUuid idNamespace()
{
    static const QUuid ns(QStringLiteral("7b3e5c1a-52d4-4c0e-9a8f-2e6d1f4b9c37"));
    return ns;
}

std::optional<QUuid> parseUuid(QStringView text)
{
    if (text.size() != 36 && text.size() != 38)
        return std::nullopt;
    const QUuid uuid = QUuid::fromString(text);
    if (uuid.isNull())
        return std::nullopt;
    return uuid;
}

QString modelKey(const QString &jsonId, qsizetype index, const QString &name)
{
    if (!jsonId.isEmpty())
        return QStringLiteral("id:") + jsonId;
    return QStringLiteral("at:%1:").arg(index) + name;
}

ModelId modelId(const QString &jsonId, const QString &modelKey)
{
    return ModelId(keepOrDerive({u"model", modelKey}, jsonId));
}

NodeId nodeId(const QString &modelKey, const QString &jsonId)
{
    return NodeId(keepOrDerive({u"node", modelKey, jsonId}, jsonId));
}

LinkId linkId(const QString &modelKey, const QString &jsonId)
{
    return LinkId(keepOrDerive({u"link", modelKey, jsonId}, jsonId));
}

LinkId linkId(const QString &modelKey, const QString &fromJsonId, const QString &toJsonId,
              int occurrence)
{
    const QString n = QString::number(occurrence);
    return LinkId(derive({u"link-ends", modelKey, fromJsonId, toJsonId, n}));
}

IndicatorId indicatorId(const QString &modelKey, const QString &nodeJsonId, const QString &jsonId,
                        qsizetype index)
{
    if (!jsonId.isEmpty())
        return IndicatorId(keepOrDerive({u"indicator", modelKey, nodeJsonId, jsonId}, jsonId));
    const QString n = QString::number(index);
    return IndicatorId(derive({u"indicator-at", modelKey, nodeJsonId, n}));
}

} // namespace el::IdMapping
