#include "interchange/JsonInterchange.h"

#include "interchange/InitialPlacement.h"
#include "interchange/JsonReader.h"
#include "interchange/JsonWriter.h"

namespace el::JsonInterchange {

Result<std::unique_ptr<Project>> importProject(const QByteArray &json)
{
    auto read = JsonReader::read(json);
    if (!read)
        return failure(read.error());
    auto project = std::make_unique<Project>();
    project->setMeta(read->meta);
    for (qsizetype i = 0; i < read->models.size(); ++i) {
        InitialPlacement::place(read->models[i], read->positioned[i]);
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
