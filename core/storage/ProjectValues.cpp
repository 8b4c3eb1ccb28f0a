#include "storage/ProjectValues.h"

namespace el {

ProjectValues ProjectValues::of(const Project &project)
{
    ProjectValues values;
    values.meta = project.meta();
    values.models.reserve(project.modelCount());
    for (const LogicModel *model : project.models())
        values.models << model->data();
    values.waivers = project.waivers();
    return values;
}

std::unique_ptr<Project> ProjectValues::toProject() const
{
    auto project = std::make_unique<Project>();
    project->setMeta(meta);
    for (const ModelData &model : models)
        project->insertModel(model);
    project->setWaivers(waivers);
    return project;
}

} // namespace el
