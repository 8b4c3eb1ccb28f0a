#include "interchange/JsonWriter.h"

#include "interchange/JsonReader.h"
#include "interchange/JsonTextWriter.h"

namespace el {

namespace {
QString dateText(const QDate &date)
{
    return date.toString(Qt::ISODate);
}
} // namespace

QByteArray JsonWriter::write(const Project &project)
{
    JsonTextWriter out;
    JsonWriter writer(out);
    out.beginObject();
    out.field("format", QStringLiteral("equitylogic"));
    out.field("version", JsonReader::supportedVersion);
    out.key("project");
    out.beginObject();
    out.field("title", project.meta().title);
    writer.optional("place", project.meta().place);
    writer.optional("description", project.meta().description);
    out.endObject();
    out.key("models");
    out.beginArray();
    for (const LogicModel *model : project.models())
        writer.writeModel(*model);
    out.endArray();
    if (!project.waivers().isEmpty())
        writer.writeWaivers(project.waivers());
    out.endObject();
    return out.finish();
}

void JsonWriter::optional(const char *key, const QString &text)
{
    if (!text.isEmpty())
        m_out.field(key, text);
}

void JsonWriter::writeModel(const LogicModel &model)
{
    m_out.beginObject();
    m_out.field("id", model.id().toString());
    m_out.field("name", model.name());
    optional("description", model.description());
    optional("owner", model.owner());
    QHash<NodeId, QString> nodeIds;
    nodeIds.reserve(model.nodes().size());
    m_out.key("nodes");
    m_out.beginArray();
    for (const Node &node : model.nodes()) {
        nodeIds.insert(node.id, node.id.toString());
        writeNode(node);
    }
    m_out.endArray();
    m_out.key("links");
    m_out.beginArray();
    for (const Link &link : model.links())
        writeLink(link, nodeIds);
    m_out.endArray();
    m_out.endObject();
}

void JsonWriter::writeNode(const Node &node)
{
    m_out.beginObject();
    m_out.field("id", node.id.toString());
    m_out.field("kind", nodeKindKey(node.kind));
    m_out.field("title", node.title);
    optional("description", node.description);
    optional("population", node.population);
    if (!node.principles.isEmpty()) {
        m_out.key("principles");
        m_out.beginArray(true);
        for (int n : node.principles.numbers())
            m_out.value(n);
        m_out.endArray();
    }
    optional("group", node.group);
    m_out.field("x", node.pos.x());
    m_out.field("y", node.pos.y());
    if (!node.indicators.isEmpty()) {
        m_out.key("indicators");
        m_out.beginArray();
        for (const Indicator &indicator : node.indicators)
            writeIndicator(indicator);
        m_out.endArray();
    }
    m_out.endObject();
}

void JsonWriter::writeIndicator(const Indicator &ind)
{
    m_out.beginObject();
    m_out.field("id", ind.id.toString());
    m_out.field("title", ind.title);
    m_out.field("measure", measureKey(ind.measure));
    m_out.field("unit", ind.unit);
    m_out.field("higher_is_better", ind.higherIsBetter);
    m_out.field("source", ind.source);
    m_out.field("reference", ind.reference);
    writeDatedValue("baseline", ind.baseline);
    writeDatedValue("target", ind.target);
    m_out.key("measurements");
    m_out.beginArray();
    for (const Measurement &m : ind.measurements) {
        m_out.beginObject(true);
        if (m.date.isValid())
            m_out.field("date", dateText(m.date));
        m_out.field("value", m.value);
        m_out.field("note", m.note);
        m_out.endObject();
    }
    m_out.endArray();
    m_out.key("disaggregation");
    m_out.beginArray(true);
    for (const QString &d : ind.disaggregation)
        m_out.value(d);
    m_out.endArray();
    m_out.endObject();
}

void JsonWriter::writeDatedValue(const char *key, const DatedValue &value)
{
    if (value.isEmpty())
        return;
    m_out.key(key);
    m_out.beginObject(true);
    if (value.value)
        m_out.field("value", *value.value);
    if (value.date.isValid())
        m_out.field("date", dateText(value.date));
    m_out.endObject();
}

void JsonWriter::writeLink(const Link &link, const QHash<NodeId, QString> &nodeIds)
{
    m_out.beginObject();
    m_out.field("id", link.id.toString());
    m_out.field("from", nodeIds.value(link.from));
    m_out.field("to", nodeIds.value(link.to));
    optional("rationale", link.rationale);
    optional("strength", linkStrengthKey(link.strength));
    m_out.endObject();
}

void JsonWriter::writeWaivers(const QList<Waiver> &waivers)
{
    m_out.key("waivers");
    m_out.beginArray();
    for (const Waiver &w : waivers) {
        m_out.beginObject();
        if (!w.model.isNull())
            m_out.field("model", w.model.toString());
        m_out.field("code", w.code);
        m_out.field("subject", w.subject);
        optional("justification", w.justification);
        m_out.endObject();
    }
    m_out.endArray();
}

} // namespace el
