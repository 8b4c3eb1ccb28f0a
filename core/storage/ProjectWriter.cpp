#include "storage/ProjectWriter.h"

#include "storage/ProjectChecksum.h"
#include "storage/ProjectFile.h"
#include "storage/ProjectValues.h"
#include "storage/Schema.h"
#include "storage/SqliteDatabase.h"
#include "storage/SqliteStatement.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace el::ProjectWriter {

namespace {

QString dateText(const QDate &date)
{
    return date.isValid() ? date.toString(Qt::ISODate) : QString();
}

// A JSON array of strings; most indicators have none, which needs no JSON document.
QString disaggregationText(const QStringList &parts)
{
    if (parts.isEmpty())
        return QStringLiteral("[]");
    return QString::fromUtf8(
        QJsonDocument(QJsonArray::fromStringList(parts)).toJson(QJsonDocument::Compact));
}

// Runs each statement once per row; stops at the first failure.
class RowWriter
{
public:
    explicit RowWriter(SqliteDatabase &db)
        : m_db(db)
    {}

    Result<> writeAll(const ProjectValues &values, int format);

private:
    Result<> meta(const ProjectValues &values, int format);
    Result<> model(SqliteStatement &nodes, SqliteStatement &links, SqliteStatement &indicators,
                   SqliteStatement &measurements, const ModelData &m);

    SqliteDatabase &m_db;
};

Result<> RowWriter::meta(const ProjectValues &values, int format)
{
    auto stmt = m_db.prepare("INSERT INTO meta (key, value) VALUES (?, ?)");
    if (!stmt)
        return failure(stmt.error());
    const QList<std::pair<QString, QString>> rows = {
        {QStringLiteral("min_reader_version"), QString::number(format)},
        {QStringLiteral("min_writer_version"), QString::number(format)},
        {QStringLiteral("app_version"), QStringLiteral(EL_VERSION)},
        {QStringLiteral("checksum"), QString::fromLatin1(ProjectChecksum::of(values))},
    };
    for (const auto &[key, value] : rows) {
        stmt->bind(1, key);
        stmt->bind(2, value);
        if (!stmt->execute())
            return failure(m_db.lastError());
    }
    auto project = m_db.prepare("INSERT INTO project (title, place, description) VALUES (?, ?, ?)");
    if (!project)
        return failure(project.error());
    project->bind(1, values.meta.title);
    project->bind(2, values.meta.place);
    project->bind(3, values.meta.description);
    if (!project->execute())
        return failure(m_db.lastError());
    return {};
}

Result<> RowWriter::model(SqliteStatement &nodes, SqliteStatement &links,
                          SqliteStatement &indicators, SqliteStatement &measurements,
                          const ModelData &m)
{
    const QUuid &modelId = m.id.uuid();
    for (qsizetype n = 0; n < m.nodes.size(); ++n) {
        const Node &node = m.nodes[n];
        const QUuid &nodeId = node.id.uuid();
        nodes.bind(1, nodeId);
        nodes.bind(2, modelId);
        nodes.bind(3, qint64(n));
        nodes.bind(4, nodeKindKey(node.kind));
        nodes.bind(5, node.title);
        nodes.bind(6, node.description);
        nodes.bind(7, node.population);
        nodes.bind(8, qint64(node.principles.bits()));
        nodes.bind(9, node.group);
        nodes.bind(10, node.pos.x());
        nodes.bind(11, node.pos.y());
        if (!nodes.execute())
            return failure(m_db.lastError());
        for (qsizetype i = 0; i < node.indicators.size(); ++i) {
            const Indicator &ind = node.indicators[i];
            const QUuid &indicatorId = ind.id.uuid();
            indicators.bind(1, indicatorId);
            indicators.bind(2, nodeId);
            indicators.bind(3, qint64(i));
            indicators.bind(4, ind.title);
            indicators.bind(5, measureKey(ind.measure));
            indicators.bind(6, ind.unit);
            indicators.bind(7, qint64(ind.higherIsBetter ? 1 : 0));
            indicators.bind(8, ind.source);
            indicators.bind(9, ind.reference);
            indicators.bind(10, ind.baseline.value);
            indicators.bindOptionalText(11, dateText(ind.baseline.date));
            indicators.bind(12, ind.target.value);
            indicators.bindOptionalText(13, dateText(ind.target.date));
            indicators.bind(14, disaggregationText(ind.disaggregation));
            if (!indicators.execute())
                return failure(m_db.lastError());
            for (qsizetype k = 0; k < ind.measurements.size(); ++k) {
                const Measurement &mm = ind.measurements[k];
                measurements.bind(1, indicatorId);
                measurements.bind(2, qint64(k));
                measurements.bindOptionalText(3, dateText(mm.date));
                measurements.bind(4, mm.value);
                measurements.bind(5, mm.note);
                if (!measurements.execute())
                    return failure(m_db.lastError());
            }
        }
    }
    for (qsizetype k = 0; k < m.links.size(); ++k) {
        const Link &link = m.links[k];
        links.bind(1, link.id.uuid());
        links.bind(2, modelId);
        links.bind(3, link.from.uuid());
        links.bind(4, link.to.uuid());
        links.bind(5, qint64(k));
        links.bind(6, link.rationale);
        links.bind(7, linkStrengthKey(link.strength));
        if (!links.execute())
            return failure(m_db.lastError());
    }
    return {};
}

Result<> RowWriter::writeAll(const ProjectValues &values, int format)
{
    if (auto ok = Schema::create(m_db, format); !ok)
        return ok;
    if (auto ok = meta(values, format); !ok)
        return ok;
    auto models = m_db.prepare(
        "INSERT INTO models (id, position, name, description, owner) VALUES (?, ?, ?, ?, ?)");
    auto nodes = m_db.prepare("INSERT INTO nodes (id, model_id, position, kind, title, "
                              "description, population, principles, grp, x, y) "
                              "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
    auto links = m_db.prepare("INSERT INTO links (id, model_id, from_id, to_id, position, "
                              "rationale, strength) VALUES (?, ?, ?, ?, ?, ?, ?)");
    auto indicators = m_db.prepare(
        "INSERT INTO indicators (id, node_id, position, title, measure, unit, higher_is_better, "
        "source, reference, baseline_value, baseline_date, target_value, target_date, "
        "disaggregation) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
    auto measurements = m_db.prepare("INSERT INTO measurements (indicator_id, position, date, "
                                     "value, note) VALUES (?, ?, ?, ?, ?)");
    for (const auto *stmt : {&models, &nodes, &links, &indicators, &measurements}) {
        if (!*stmt)
            return failure(stmt->error());
    }
    for (qsizetype i = 0; i < values.models.size(); ++i) {
        const ModelData &m = values.models[i];
        models->bind(1, m.id.uuid());
        models->bind(2, qint64(i));
        models->bind(3, m.name);
        models->bind(4, m.description);
        models->bind(5, m.owner);
        if (!models->execute())
            return failure(m_db.lastError());
        if (auto ok = model(*nodes, *links, *indicators, *measurements, m); !ok)
            return ok;
    }
    if (format >= 2) {
        auto waivers = m_db.prepare("INSERT INTO waivers (model_id, position, code, subject, "
                                    "justification) VALUES (?, ?, ?, ?, ?)");
        if (!waivers)
            return failure(waivers.error());
        for (qsizetype i = 0; i < values.waivers.size(); ++i) {
            const Waiver &w = values.waivers[i];
            if (w.model.isNull())
                waivers->bindNull(1);
            else
                waivers->bind(1, w.model.uuid());
            waivers->bind(2, qint64(i));
            waivers->bind(3, w.code);
            waivers->bind(4, w.subject);
            waivers->bind(5, w.justification);
            if (!waivers->execute())
                return failure(m_db.lastError());
        }
    }
    const QByteArray pragmas = QByteArrayLiteral("PRAGMA application_id = ")
                               + QByteArray::number(ProjectFile::applicationId)
                               + QByteArrayLiteral("; PRAGMA user_version = ")
                               + QByteArray::number(format) + ';';
    return m_db.exec(pragmas.constData());
}

} // namespace

Result<> write(SqliteDatabase &db, const ProjectValues &values, int format)
{
    // The database is private and in memory: keep the whole transaction in memory too, rather
    // than spilling pages to a journal. Only WAL would be recorded in the file; this is not.
    // Foreign keys are not enforced row by row (SQLite's default, stated here): the invariants,
    // checked before writing, already guarantee every reference.
    if (auto ok = db.exec("PRAGMA journal_mode = MEMORY; PRAGMA cache_size = -262144; "
                          "PRAGMA foreign_keys = OFF");
        !ok)
        return ok;
    if (auto ok = db.exec("BEGIN"); !ok)
        return ok;
    auto ok = RowWriter(db).writeAll(values, format);
    if (ok)
        ok = db.exec("COMMIT");
    if (!ok)
        (void)db.exec("ROLLBACK");
    return ok;
}

} // namespace el::ProjectWriter
