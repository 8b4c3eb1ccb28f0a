#pragma once
// Builds small logic models for tests in a line or two each.
#include "model/Project.h"

#include <memory>

namespace el::test {

class ModelBuilder
{
public:
    explicit ModelBuilder(const QString &name = QStringLiteral("Test model"));

    // Adds a node and returns its id; principles as numbers 1-8.
    NodeId node(NodeKind kind, const QString &title, std::initializer_list<int> principles = {});
    LinkId link(NodeId from, NodeId to);
    Node &last() { return m_data.nodes.last(); }
    ModelData &data() { return m_data; }

    // A project holding this model alone.
    std::unique_ptr<Project> project() const;

private:
    ModelData m_data;
};

// A layered model: `columns` chain columns, `perColumn` nodes each, `linksPerNode` links from
// each node to the next column (deterministic pseudo-random choice).
ModelData layeredModel(int perColumn, int linksPerNode, unsigned seed = 1);

} // namespace el::test
