#include "interchange/JsonInterchange.h"

#include "interchange/InitialPlacement.h"
#include "interchange/JsonReader.h"
#include "interchange/JsonWriter.h"
#include "layout/Layout.h"

#include <algorithm>

namespace el::JsonInterchange {

namespace {
// Gives positions to the model's nodes that came without one. A model with no positions at all
// is laid out by the automatic layout (fewer crossings than file order, never more); one that
// has some keeps them, and the rest go into their columns clear of the kept cards.
void placeNodes(ModelData &model, const QList<bool> &positioned)
{
    if (std::none_of(positioned.begin(), positioned.end(), [](bool b) { return !b; }))
        return;
    InitialPlacement::place(model, positioned);
    if (std::any_of(positioned.begin(), positioned.end(), [](bool b) { return b; }))
        return;
    // The simple placement gives the file order; the layout starts from it and keeps it
    // wherever that adds no crossing.
    const qint64 simple = Layout::countCrossings(model);
    QSet<NodeId> unplaced;
    for (const Node &n : std::as_const(model.nodes))
        unplaced.insert(n.id);
    ModelData laidOut = model;
    Layout::placeUnpositioned(laidOut, unplaced);
    if (Layout::countCrossings(laidOut) <= simple)
        model = std::move(laidOut);
}
} // namespace

Result<std::unique_ptr<Project>> importProject(const QByteArray &json)
{
    auto read = JsonReader::read(json);
    if (!read)
        return failure(read.error());
    auto project = std::make_unique<Project>();
    project->setMeta(read->meta);
    for (qsizetype i = 0; i < read->models.size(); ++i) {
        placeNodes(read->models[i], read->positioned[i]);
        project->insertModel(std::move(read->models[i]));
    }
    project->setWaivers(std::move(read->waivers));
    return project;
}

QByteArray exportProject(const Project &project)
{
    return JsonWriter::write(project);
}

} // namespace el::JsonInterchange
