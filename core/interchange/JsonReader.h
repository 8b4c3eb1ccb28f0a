#pragma once
// Reads a whole interchange document (version 1) into plain project values, checking it strictly:
// every problem is reported with its JSON path, and on any problem nothing is produced.
#include "interchange/JsonNodeReader.h"
#include "model/ModelData.h"
#include "model/Project.h"
#include "model/Waiver.h"
#include "util/Result.h"

#include <QHash>

namespace el {

struct ImportedProject
{
    ProjectMeta meta;
    QList<ModelData> models;
    // Per model, per node: whether the file gave the node's position.
    QList<QList<bool>> positioned;
    QList<Waiver> waivers;
};

class JsonReader
{
    Q_DECLARE_TR_FUNCTIONS(JsonReader)
public:
    static constexpr int supportedVersion = 1;

    static Result<ImportedProject> read(const QByteArray &json);

private:
    JsonReader() = default;
    void readDocument(const QJsonObject &root);
    bool readHeader(JsonFields &root);
    void readModel(const QJsonValue &value, const JsonPath &path, qsizetype index);
    void readLinks(JsonFields &model, const QString &modelKey, ModelData &data,
                   qsizetype modelIndex);
    void readWaivers(JsonFields &root);

    struct NodePlace
    {
        qsizetype model;
        qsizetype node;
        NodeId id;
    };

    JsonProblems m_problems;
    ImportedProject m_result;
    QSet<QUuid> m_ids; // every id of the file (models, nodes, links, indicators) must differ
    QHash<QString, NodePlace> m_nodesByJsonId; // every node of the file
    QHash<QString, ModelId> m_modelsByJsonId;
};

} // namespace el
