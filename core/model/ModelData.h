#pragma once
// A logic model as plain values: what storage, interchange and undo snapshots pass around.
#include "model/Ids.h"
#include "model/Link.h"
#include "model/Node.h"

#include <QList>
#include <QString>

namespace el {

struct ModelData
{
    ModelId id;
    QString name;
    QString description;
    QString owner; // the subgroup that owns it
    QList<Node> nodes;
    QList<Link> links;

    friend bool operator==(const ModelData &, const ModelData &) = default;
};

enum class ModelField { Name = 0x1, Description = 0x2, Owner = 0x4 };
Q_DECLARE_FLAGS(ModelFields, ModelField)
Q_DECLARE_OPERATORS_FOR_FLAGS(ModelFields)

} // namespace el
