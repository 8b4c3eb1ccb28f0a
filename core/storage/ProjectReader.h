#pragma once
// Reads a project's values from a checked database of the newest format, checking every value's
// type and form as it goes (kinds, principles, ids, dates, text) and that every reference points
// to something of the right kind in the right model.
#include "storage/ProjectValues.h"
#include "util/Result.h"

#include <QHash>
#include <QUuid>

namespace el {

class SqliteDatabase;

class ProjectReader
{
public:
    explicit ProjectReader(SqliteDatabase &db)
        : m_db(db)
    {}

    // The meta table as key → value.
    Result<QHash<QString, QString>> readMeta();
    // On failure, a plain description of the first problem found, for example
    // "a node with the unknown kind \"outcome\"".
    Result<ProjectValues> read();

private:
    struct NodePlace
    {
        qsizetype model, node;
    };
    struct IndicatorPlace
    {
        qsizetype model, node, indicator;
    };

    Result<> readProject();
    Result<> readModels();
    Result<> readNodes();
    Result<> readLinks();
    Result<> readIndicators();
    Result<> readMeasurements();
    Result<> readWaivers();
    QString queryFailed() const;

    SqliteDatabase &m_db;
    ProjectValues m_values;
    QHash<QUuid, qsizetype> m_modelIndex;
    QHash<QUuid, NodePlace> m_nodeIndex;
    QHash<QUuid, IndicatorPlace> m_indicatorIndex;
};

} // namespace el
