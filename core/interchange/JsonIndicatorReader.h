#pragma once
// Reads the indicators (KPIs) of one node from an interchange file, checking every field.
#include "interchange/JsonFields.h"
#include "model/Indicator.h"

#include <QSet>

namespace el {

class JsonIndicatorReader
{
    Q_DECLARE_TR_FUNCTIONS(JsonIndicatorReader)
public:
    // seenIds: every id already read in this file, to refuse a repeated one.
    JsonIndicatorReader(JsonProblems &problems, QSet<QUuid> &seenIds, const QString &modelKey,
                        const QString &nodeJsonId)
        : m_problems(problems)
        , m_seenIds(seenIds)
        , m_modelKey(modelKey)
        , m_nodeJsonId(nodeJsonId)
    {}

    // The node's "indicators" list; problems are reported and the faulty entries left out.
    QList<Indicator> readAll(JsonFields &node);

private:
    std::optional<Indicator> read(const QJsonValue &value, const JsonPath &path, qsizetype index);
    DatedValue readDatedValue(JsonFields &indicator, const char *key);
    QList<Measurement> readMeasurements(JsonFields &indicator);

    JsonProblems &m_problems;
    QSet<QUuid> &m_seenIds;
    const QString &m_modelKey;
    const QString &m_nodeJsonId;
};

} // namespace el
