#include "storage/ProjectReader.h"

#include "storage/RowReader.h"
#include "storage/SqliteDatabase.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <algorithm>
#include <numeric>
#include <vector>

namespace el {

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("el::ProjectFile", text);
}

#define EL_WHAT(text) QT_TRANSLATE_NOOP("el::ProjectFile", text)

Result<> finish(const RowReader &row)
{
    if (!row.ok())
        return failure(row.problem());
    return {};
}

// Puts items in the order of their stored positions. The writer stores rows in that order, so
// this is almost always a quick check, with no sorting by SQLite or here.
template<class T>
void sortByPosition(QList<T> &items, const QList<qint64> &positions)
{
    if (std::is_sorted(positions.cbegin(), positions.cend()))
        return;
    std::vector<qsizetype> order(static_cast<size_t>(items.size()));
    std::iota(order.begin(), order.end(), 0);
    std::stable_sort(order.begin(), order.end(),
                     [&](qsizetype a, qsizetype b) { return positions[a] < positions[b]; });
    QList<T> sorted;
    sorted.reserve(items.size());
    for (qsizetype i : order)
        sorted << std::move(items[i]);
    items = std::move(sorted);
}
} // namespace

QString ProjectReader::queryFailed() const
{
    return tr("a part that cannot be read (%1)").arg(m_db.lastError());
}

Result<QHash<QString, QString>> ProjectReader::readMeta()
{
    auto stmt = m_db.prepare("SELECT key, value FROM meta");
    if (!stmt)
        return failure(queryFailed());
    QHash<QString, QString> meta;
    while (stmt->next()) {
        RowReader row(*stmt);
        const QString key = row.text(0, EL_WHAT("a setting name"));
        const QString value = row.text(1, EL_WHAT("a setting"));
        if (!row.ok())
            return failure(row.problem());
        if (meta.contains(key))
            return failure(tr("a setting stored twice"));
        meta.insert(key, value);
    }
    if (stmt->failed())
        return failure(queryFailed());
    return meta;
}

Result<ProjectValues> ProjectReader::read()
{
    for (auto step :
         {&ProjectReader::readProject, &ProjectReader::readModels, &ProjectReader::readNodes,
          &ProjectReader::readLinks, &ProjectReader::readIndicators,
          &ProjectReader::readMeasurements, &ProjectReader::readWaivers}) {
        if (auto ok = (this->*step)(); !ok)
            return failure(ok.error());
    }
    return std::move(m_values);
}

Result<> ProjectReader::readProject()
{
    auto stmt = m_db.prepare("SELECT title, place, description FROM project");
    if (!stmt)
        return failure(queryFailed());
    int rows = 0;
    while (stmt->next()) {
        RowReader row(*stmt);
        m_values.meta.title = row.text(0, EL_WHAT("a project title"));
        m_values.meta.place = row.text(1, EL_WHAT("a place name"));
        m_values.meta.description = row.text(2, EL_WHAT("a project description"));
        if (auto ok = finish(row); !ok)
            return ok;
        ++rows;
    }
    if (stmt->failed())
        return failure(queryFailed());
    if (rows != 1)
        return failure(tr("%1 project descriptions instead of one").arg(rows));
    return {};
}

Result<> ProjectReader::readModels()
{
    auto stmt
        = m_db.prepare("SELECT id, name, description, owner FROM models ORDER BY position, rowid");
    if (!stmt)
        return failure(queryFailed());
    while (stmt->next()) {
        RowReader row(*stmt);
        ModelData m;
        m.id = ModelId(row.id(0, EL_WHAT("a model identifier")));
        m.name = row.text(1, EL_WHAT("a model name"));
        m.description = row.text(2, EL_WHAT("a model description"));
        m.owner = row.text(3, EL_WHAT("a model owner"));
        if (auto ok = finish(row); !ok)
            return ok;
        m_modelIndex.insert(m.id.uuid(), m_values.models.size());
        m_values.models << std::move(m);
    }
    return stmt->failed() ? failure(queryFailed()) : Result<>();
}

Result<> ProjectReader::readNodes()
{
    auto stmt = m_db.prepare("SELECT id, model_id, kind, title, description, population, "
                             "principles, grp, x, y, position FROM nodes");
    if (!stmt)
        return failure(queryFailed());
    QList<QList<qint64>> positions(m_values.models.size());
    while (stmt->next()) {
        RowReader row(*stmt);
        Node n;
        n.id = NodeId(row.id(0, EL_WHAT("a node identifier")));
        const QUuid modelId = row.id(1, EL_WHAT("a node's model"));
        const QString kindKey = row.text(2, EL_WHAT("a node kind"));
        n.title = row.text(3, EL_WHAT("a node title"));
        n.description = row.text(4, EL_WHAT("a node description"));
        n.population = row.text(5, EL_WHAT("a node population"));
        const qint64 principles = row.integer(6, EL_WHAT("a node's principles"));
        n.group = row.text(7, EL_WHAT("a node group"));
        const double x = row.real(8, EL_WHAT("a node position"));
        const double y = row.real(9, EL_WHAT("a node position"));
        const qint64 position = row.integer(10, EL_WHAT("a node's place in its model"));
        if (auto ok = finish(row); !ok)
            return ok;
        const auto kind = nodeKindFromKey(kindKey);
        if (!kind)
            return failure(tr("a node of the unknown kind \"%1\"").arg(kindKey.left(40)));
        if (principles < 0 || principles > 0xFF)
            return failure(tr("a node tagged with principles that do not exist"));
        const auto model = m_modelIndex.constFind(modelId);
        if (model == m_modelIndex.cend())
            return failure(tr("a node in a model that is not in the file"));
        n.kind = *kind;
        n.principles = PrincipleSet::fromBits(static_cast<std::uint8_t>(principles));
        n.pos = QPointF(x, y);
        m_values.models[*model].nodes << std::move(n);
        positions[*model] << position;
    }
    if (stmt->failed())
        return failure(queryFailed());
    for (qsizetype m = 0; m < m_values.models.size(); ++m) {
        QList<Node> &nodes = m_values.models[m].nodes;
        sortByPosition(nodes, positions[m]);
        for (qsizetype i = 0; i < nodes.size(); ++i)
            m_nodeIndex.insert(nodes[i].id.uuid(), {m, i});
    }
    return {};
}

Result<> ProjectReader::readLinks()
{
    auto stmt = m_db.prepare(
        "SELECT id, model_id, from_id, to_id, rationale, strength, position FROM links");
    if (!stmt)
        return failure(queryFailed());
    QList<QList<qint64>> positions(m_values.models.size());
    while (stmt->next()) {
        RowReader row(*stmt);
        Link l;
        l.id = LinkId(row.id(0, EL_WHAT("a link identifier")));
        const QUuid modelId = row.id(1, EL_WHAT("a link's model"));
        l.from = NodeId(row.id(2, EL_WHAT("the start of a link")));
        l.to = NodeId(row.id(3, EL_WHAT("the end of a link")));
        l.rationale = row.text(4, EL_WHAT("a link rationale"));
        const QString strengthKey = row.text(5, EL_WHAT("a link strength"));
        const qint64 position = row.integer(6, EL_WHAT("a link's place in its model"));
        if (auto ok = finish(row); !ok)
            return ok;
        const auto strength = linkStrengthFromKey(strengthKey);
        if (!strength)
            return failure(tr("a link of the unknown strength \"%1\"").arg(strengthKey.left(40)));
        const auto model = m_modelIndex.constFind(modelId);
        const auto fromNode = m_nodeIndex.constFind(l.from.uuid());
        const auto toNode = m_nodeIndex.constFind(l.to.uuid());
        if (model == m_modelIndex.cend())
            return failure(tr("a link in a model that is not in the file"));
        if (fromNode == m_nodeIndex.cend() || toNode == m_nodeIndex.cend())
            return failure(tr("a link to a node that is not in the file"));
        if (fromNode->model != *model || toNode->model != *model)
            return failure(tr("a link whose ends are not both in its model"));
        if (l.from == l.to)
            return failure(tr("a link from a node to itself"));
        l.strength = *strength;
        m_values.models[*model].links << std::move(l);
        positions[*model] << position;
    }
    if (stmt->failed())
        return failure(queryFailed());
    for (qsizetype m = 0; m < m_values.models.size(); ++m)
        sortByPosition(m_values.models[m].links, positions[m]);
    return {};
}

Result<> ProjectReader::readIndicators()
{
    auto stmt = m_db.prepare(
        "SELECT id, node_id, title, measure, unit, higher_is_better, source, reference, "
        "baseline_value, baseline_date, target_value, target_date, disaggregation "
        "FROM indicators ORDER BY position, rowid");
    if (!stmt)
        return failure(queryFailed());
    while (stmt->next()) {
        RowReader row(*stmt);
        Indicator ind;
        ind.id = IndicatorId(row.id(0, EL_WHAT("an indicator identifier")));
        const QUuid nodeId = row.id(1, EL_WHAT("an indicator's node"));
        ind.title = row.text(2, EL_WHAT("an indicator title"));
        const QString measure = row.text(3, EL_WHAT("an indicator measure"));
        ind.unit = row.text(4, EL_WHAT("an indicator unit"));
        const qint64 higher = row.integer(5, EL_WHAT("an indicator direction"));
        ind.source = row.text(6, EL_WHAT("an indicator source"));
        ind.reference = row.text(7, EL_WHAT("an indicator reference"));
        ind.baseline.value = row.optionalReal(8, EL_WHAT("a baseline value"));
        ind.baseline.date = row.optionalDate(9, EL_WHAT("a baseline date"));
        ind.target.value = row.optionalReal(10, EL_WHAT("a target value"));
        ind.target.date = row.optionalDate(11, EL_WHAT("a target date"));
        const QString breakdown = row.text(12, EL_WHAT("an indicator breakdown"));
        if (auto ok = finish(row); !ok)
            return ok;
        const auto m = measureFromKey(measure);
        if (!m)
            return failure(tr("an indicator of the unknown measure \"%1\"").arg(measure.left(40)));
        if (higher != 0 && higher != 1)
            return failure(tr("an indicator direction that is not valid"));
        const QJsonDocument doc = QJsonDocument::fromJson(breakdown.toUtf8());
        if (!doc.isArray())
            return failure(tr("an indicator breakdown that is not valid"));
        for (const QJsonValue &v : doc.array()) {
            if (!v.isString())
                return failure(tr("an indicator breakdown that is not valid"));
            ind.disaggregation << v.toString();
        }
        const auto node = m_nodeIndex.constFind(nodeId);
        if (node == m_nodeIndex.cend())
            return failure(tr("an indicator of a node that is not in the file"));
        ind.measure = *m;
        ind.higherIsBetter = higher == 1;
        QList<Indicator> &list = m_values.models[node->model].nodes[node->node].indicators;
        m_indicatorIndex.insert(ind.id.uuid(), {node->model, node->node, list.size()});
        list << std::move(ind);
    }
    return stmt->failed() ? failure(queryFailed()) : Result<>();
}

Result<> ProjectReader::readMeasurements()
{
    auto stmt = m_db.prepare(
        "SELECT indicator_id, date, value, note FROM measurements ORDER BY position, rowid");
    if (!stmt)
        return failure(queryFailed());
    while (stmt->next()) {
        RowReader row(*stmt);
        Measurement mm;
        const QUuid indicatorId = row.id(0, EL_WHAT("a measurement's indicator"));
        mm.date = row.optionalDate(1, EL_WHAT("a measurement date"));
        mm.value = row.real(2, EL_WHAT("a measurement"));
        mm.note = row.text(3, EL_WHAT("a measurement note"));
        if (auto ok = finish(row); !ok)
            return ok;
        const auto place = m_indicatorIndex.constFind(indicatorId);
        if (place == m_indicatorIndex.cend())
            return failure(tr("a measurement of an indicator that is not in the file"));
        m_values.models[place->model].nodes[place->node].indicators[place->indicator].measurements
            << std::move(mm);
    }
    return stmt->failed() ? failure(queryFailed()) : Result<>();
}

Result<> ProjectReader::readWaivers()
{
    auto stmt = m_db.prepare("SELECT model_id, code, subject, justification FROM waivers "
                             "ORDER BY position, rowid");
    if (!stmt)
        return failure(queryFailed());
    while (stmt->next()) {
        RowReader row(*stmt);
        Waiver w;
        QUuid modelId;
        if (!stmt->isNull(0))
            modelId = row.id(0, EL_WHAT("an accepted finding's model"));
        w.code = row.text(1, EL_WHAT("a finding code"));
        w.subject = row.text(2, EL_WHAT("a finding subject"));
        w.justification = row.text(3, EL_WHAT("a reason for accepting a finding"));
        if (auto ok = finish(row); !ok)
            return ok;
        if (!modelId.isNull()) {
            if (!m_modelIndex.contains(modelId))
                return failure(tr("an accepted finding for a model that is not in the file"));
            w.model = ModelId(modelId);
        }
        m_values.waivers << std::move(w);
    }
    return stmt->failed() ? failure(queryFailed()) : Result<>();
}

} // namespace el
