#pragma once
// Reads one node (card) of a model from an interchange file, checking every field.
#include "interchange/JsonFields.h"
#include "model/Node.h"

#include <QSet>

namespace el {

class JsonNodeReader
{
    Q_DECLARE_TR_FUNCTIONS(JsonNodeReader)
public:
    JsonNodeReader(JsonProblems &problems, QSet<QUuid> &ids)
        : m_problems(problems)
        , m_ids(ids)
    {}

    struct ReadNode
    {
        Node node;
        QString jsonId;
        bool positioned = false; // the file gave x and y
    };

    // Nothing when the entry is not an object or has no usable id; a node with other problems
    // is still returned (they are reported), so links to it are not reported as dangling too.
    std::optional<ReadNode> read(const QJsonValue &value, const JsonPath &path,
                                 const QString &modelKey);

private:
    PrincipleSet readPrinciples(JsonFields &node);
    bool readPosition(JsonFields &node, QPointF &pos);

    JsonProblems &m_problems;
    QSet<QUuid> &m_ids; // every id read so far in the file
};

} // namespace el
