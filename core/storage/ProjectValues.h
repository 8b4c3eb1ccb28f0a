#pragma once
// A whole project as plain values: what the writer writes, the reader reads, and the checksum
// and invariant checks look at.
#include "model/ModelData.h"
#include "model/Project.h"
#include "model/Waiver.h"

#include <QList>
#include <memory>

namespace el {

struct ProjectValues
{
    ProjectMeta meta;
    QList<ModelData> models;
    QList<Waiver> waivers;

    static ProjectValues of(const Project &project);
    std::unique_ptr<Project> toProject() const;
    friend bool operator==(const ProjectValues &, const ProjectValues &) = default;
};

} // namespace el
