#pragma once
// Copying cards: the selected nodes and the links among them travel as interchange JSON (our own
// mime type plus plain text), so they paste into another model, another window or a text editor.
#include "model/ModelData.h"

#include <QPointF>
#include <optional>

class QMimeData;

namespace el {

class LogicModel;

namespace NodeClipboard {

inline constexpr char mimeType[] = "application/x-equitylogic+json";

// The nodes (in model order) and the links whose both ends are among them.
ModelData extract(const LogicModel &model, const QList<NodeId> &nodes);
QMimeData *toMimeData(const ModelData &fragment);
bool canPaste(const QMimeData *mime);
// The first model in the clipboard's JSON; nothing when it holds no cards.
std::optional<ModelData> fromMimeData(const QMimeData *mime);
// Gives every node, link and indicator a new id (keeping the links joined) and shifts the nodes.
void renewIds(ModelData &fragment, QPointF offset);

} // namespace NodeClipboard
} // namespace el
