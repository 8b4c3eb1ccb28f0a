#pragma once
// Turns the ids written in an interchange file into the project's permanent UUIDs: a UUID is kept
// as it is; any other id becomes a name-based UUID (version 5) derived from a fixed namespace, so
// importing the same JSON twice gives the same ids.
#include "model/Ids.h"

#include <optional>

namespace el::IdMapping {

// The fixed namespace of every derived id. Never change it: ids in users' projects depend on it.
QUuid idNamespace();

// The UUID written in text, if the text is one (with or without braces); nil counts as none.
std::optional<QUuid> parseUuid(QStringView text);

// A key naming a model within its file: its JSON id, or, without one, its place and name.
QString modelKey(const QString &jsonId, qsizetype index, const QString &name);

ModelId modelId(const QString &jsonId, const QString &modelKey);
NodeId nodeId(const QString &modelKey, const QString &jsonId);
// A link with an id of its own.
LinkId linkId(const QString &modelKey, const QString &jsonId);
// A link without one: its ends, and how many links with the same ends came before it.
LinkId linkId(const QString &modelKey, const QString &fromJsonId, const QString &toJsonId,
              int occurrence);
// An indicator's own id if it has one, else derived from its node and place in the list.
IndicatorId indicatorId(const QString &modelKey, const QString &nodeJsonId, const QString &jsonId,
                        qsizetype index);

} // namespace el::IdMapping
