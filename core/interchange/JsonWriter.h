#pragma once
// Writes a project as an interchange document (version 1): the shape of docs/interchange.md,
// with the permanent UUIDs of models, nodes, links and indicators, so nothing is lost.
#include "model/Project.h"

#include <QByteArray>

namespace el {

class JsonTextWriter;

class JsonWriter
{
public:
    static QByteArray write(const Project &project);

private:
    explicit JsonWriter(JsonTextWriter &out)
        : m_out(out)
    {}
    void writeModel(const LogicModel &model);
    void writeNode(const Node &node);
    void writeIndicator(const Indicator &indicator);
    void writeDatedValue(const char *key, const DatedValue &value);
    void writeLink(const Link &link, const QHash<NodeId, QString> &nodeIds);
    void writeWaivers(const QList<Waiver> &waivers);
    // Optional text is left out when empty: reading it back gives the same empty text.
    void optional(const char *key, const QString &text);

    JsonTextWriter &m_out;
};

} // namespace el
