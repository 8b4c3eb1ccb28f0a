#pragma once
// JSON interchange, version 1: the stable, documented text form of a project (docs/interchange.md).
#include "model/Project.h"
#include "util/Result.h"

#include <QByteArray>
#include <memory>

namespace el::JsonInterchange {

// Parses and validates strictly; on error the message lists the first problems with their JSON
// path, for example: models[0].nodes[3].kind: "outcome" is not a kind; expected one of ...
// Importing the same JSON twice gives the same ids. Nodes without positions are placed.
Result<std::unique_ptr<Project>> importProject(const QByteArray &json);

// Writes the same shape back; JSON -> project -> JSON is lossless.
QByteArray exportProject(const Project &project);

} // namespace el::JsonInterchange
