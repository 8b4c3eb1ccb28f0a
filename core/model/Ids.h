#pragma once
// Strong id types: every node, link, model and indicator has a UUID that never changes.
#include <QHashFunctions>
#include <QMetaType>
#include <QString>
#include <QUuid>
#include <functional>

namespace el {

template<class Tag>
class Id
{
public:
    Id() = default;
    explicit Id(const QUuid &uuid)
        : m_uuid(uuid)
    {}

    static Id create() { return Id(QUuid::createUuid()); }
    static Id fromString(QStringView text) { return Id(QUuid::fromString(text)); }

    bool isNull() const { return m_uuid.isNull(); }
    const QUuid &uuid() const { return m_uuid; }
    QString toString() const { return m_uuid.toString(QUuid::WithoutBraces); }

    friend bool operator==(const Id &a, const Id &b) = default;
    friend bool operator<(const Id &a, const Id &b) { return a.m_uuid < b.m_uuid; }
    friend size_t qHash(const Id &id, size_t seed = 0) { return qHash(id.m_uuid, seed); }

private:
    QUuid m_uuid;
};

using NodeId = Id<struct NodeTag>;
using LinkId = Id<struct LinkTag>;
using ModelId = Id<struct ModelTag>;
using IndicatorId = Id<struct IndicatorTag>;

} // namespace el

template<class Tag>
struct std::hash<el::Id<Tag>>
{
    size_t operator()(const el::Id<Tag> &id) const noexcept { return qHash(id); }
};

Q_DECLARE_METATYPE(el::NodeId)
Q_DECLARE_METATYPE(el::LinkId)
Q_DECLARE_METATYPE(el::ModelId)
