#pragma once
// A model with a dense bundle: three activities each linked to the same three outputs (drawn as
// merged arrows through one junction), and one plain arrow from the first output to an outcome.
#include "model/Project.h"

#include <memory>

namespace el::test {

struct BundleModel
{
    BundleModel();

    QList<NodeId> activities; // "Activity 1" to "Activity 3", top to bottom
    QList<NodeId> outputs;    // "Output 1" to "Output 3"
    // Activity by activity: links[3 * a + o] joins activities[a] to outputs[o].
    QList<LinkId> links;
    NodeId outcome;
    LinkId extra; // the plain arrow, outside the bundle
    ModelId modelId;
    std::unique_ptr<Project> project;
};

} // namespace el::test
