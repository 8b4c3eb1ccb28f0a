#include "interchange/JsonReader.h"

#include "interchange/IdMapping.h"
#include "interchange/JsonSyntax.h"

#include <cmath>

namespace el {

Result<ImportedProject> JsonReader::read(const QByteArray &json)
{
    const auto document = JsonSyntax::parse(json);
    if (!document)
        return failure(document.error());
    if (!document->isObject()) {
        return failure(tr("The file holds JSON, but not an Equity Logic project: its top level "
                          "should be an object { ... } with \"format\": \"equitylogic\", but "
                          "it is a list [ ... ]. Nothing was imported."));
    }
    JsonReader reader;
    reader.readDocument(document->object());
    if (!reader.m_problems.isEmpty())
        return failure(reader.m_problems.report());
    return std::move(reader.m_result);
}

void JsonReader::readDocument(const QJsonObject &root)
{
    const JsonPath rootPath;
    JsonFields f(root, rootPath, m_problems);
    // A foreign or newer file is reported alone: its other "problems" would only be noise.
    if (!readHeader(f))
        return;
    if (const auto project = f.optionalObject("project")) {
        JsonFields p(*project, f.path("project"), m_problems);
        m_result.meta.title = p.requiredString("title", JsonFields::shortText).value_or(QString());
        m_result.meta.place = p.optionalString("place", JsonFields::shortText);
        m_result.meta.description = p.optionalString("description", JsonFields::longText);
    } else if (!f.has("project")) {
        f.reportMissing("project");
    }
    const QJsonArray models = f.optionalArray("models");
    const JsonPath modelsPath = f.path("models");
    for (qsizetype i = 0; i < models.size() && !m_problems.isFull(); ++i)
        readModel(models.at(i), modelsPath.index(i), i);
    readWaivers(f);
}

bool JsonReader::readHeader(JsonFields &root)
{
    const auto format = root.requiredString("format", JsonFields::shortText);
    if (format && *format != QLatin1String("equitylogic")) {
        root.report("format", tr("\"%1\" is not \"equitylogic\"; this does not look like an "
                                 "Equity Logic file.")
                                  .arg(*format));
        return false;
    }
    if (!root.has("version")) {
        root.reportMissing("version");
        return false;
    }
    const auto version = root.optionalNumber("version");
    if (!version)
        return false;
    if (*version != std::floor(*version) || *version < 1) {
        root.report(
            "version",
            tr("%1 is not a version; the first version is 1.").arg(QString::number(*version)));
        return false;
    }
    if (*version > supportedVersion) {
        m_problems.addGeneral(
            tr("This file was made by a newer version of Equity Logic (its \"version\" is %1; "
               "this version of Equity Logic reads version %2). Please update Equity Logic to "
               "import it.")
                .arg(QString::number(*version))
                .arg(supportedVersion));
        return false;
    }
    return format.has_value();
}

void JsonReader::readModel(const QJsonValue &value, const JsonPath &path, qsizetype index)
{
    const auto object = JsonFields::object(value, path, m_problems);
    if (!object)
        return;
    JsonFields f(*object, path, m_problems);
    ModelData data;
    const QString jsonId = f.optionalString("id", JsonFields::shortText);
    data.name = f.requiredString("name", JsonFields::shortText).value_or(QString());
    data.description = f.optionalString("description", JsonFields::longText);
    data.owner = f.optionalString("owner", JsonFields::shortText);
    const QString key = IdMapping::modelKey(jsonId, index, data.name);
    data.id = IdMapping::modelId(jsonId, key);
    if (m_ids.contains(data.id.uuid()))
        f.report("id", tr("something else in this file has the same id \"%1\"; ids must be "
                          "unique.")
                           .arg(jsonId));
    m_ids.insert(data.id.uuid());
    if (!jsonId.isEmpty())
        m_modelsByJsonId.insert(jsonId, data.id);

    const qsizetype modelIndex = index; // as written in the file, for messages
    QList<bool> positioned;
    const QJsonArray array = f.optionalArray("nodes");
    const JsonPath nodesPath = f.path("nodes");
    JsonNodeReader nodeReader(m_problems, m_ids);
    data.nodes.reserve(array.size());
    m_nodesByJsonId.reserve(m_nodesByJsonId.size() + array.size());
    m_ids.reserve(m_ids.size() + array.size() * 4);
    for (qsizetype i = 0; i < array.size() && !m_problems.isFull(); ++i) {
        const JsonPath nodePath = nodesPath.index(i);
        auto read = nodeReader.read(array.at(i), nodePath, key);
        if (!read)
            continue;
        if (const auto it = m_nodesByJsonId.constFind(read->jsonId); it != m_nodesByJsonId.cend()) {
            m_problems.add(nodePath.key("id"),
                           tr("\"%1\" is already the id of models[%2].nodes[%3]; node ids must "
                              "be unique in the file.")
                               .arg(read->jsonId)
                               .arg(it->model)
                               .arg(it->node));
            continue;
        }
        if (m_ids.contains(read->node.id.uuid())) {
            m_problems.add(nodePath.key("id"),
                           tr("something else in this file has the same id \"%1\"; ids must be "
                              "unique.")
                               .arg(read->jsonId));
            continue;
        }
        m_nodesByJsonId.insert(read->jsonId, {modelIndex, i, read->node.id});
        m_ids.insert(read->node.id.uuid());
        data.nodes << read->node;
        positioned << read->positioned;
    }
    readLinks(f, key, data, modelIndex);
    m_result.models << std::move(data);
    m_result.positioned << std::move(positioned);
}

void JsonReader::readLinks(JsonFields &model, const QString &modelKey, ModelData &data,
                           qsizetype modelIndex)
{
    const QJsonArray array = model.optionalArray("links");
    const JsonPath linksPath = model.path("links");
    QHash<std::pair<NodeId, NodeId>, int> occurrences; // links without an id, by their ends
    data.links.reserve(array.size());
    for (qsizetype i = 0; i < array.size() && !m_problems.isFull(); ++i) {
        const JsonPath path = linksPath.index(i);
        const auto object = JsonFields::object(array.at(i), path, m_problems);
        if (!object)
            continue;
        JsonFields f(*object, path, m_problems);
        const auto from = f.requiredString("from", JsonFields::shortText, true);
        const auto to = f.requiredString("to", JsonFields::shortText, true);
        Link link;
        link.rationale = f.optionalString("rationale", JsonFields::longText);
        if (const auto strength = f.optionalText("strength", JsonFields::shortText)) {
            if (const auto s = linkStrengthFromKey(*strength))
                link.strength = *s;
            else
                f.report("strength", tr("\"%1\" is not a strength; expected one of weak, "
                                        "moderate, strong.")
                                         .arg(*strength));
        }
        const QString jsonId = f.optionalString("id", JsonFields::shortText);
        bool ends = true;
        for (const auto &[key, end, target] :
             {std::tuple{"from", from, &link.from}, std::tuple{"to", to, &link.to}}) {
            if (!end) {
                ends = false;
                continue;
            }
            const auto found = m_nodesByJsonId.constFind(*end);
            if (found == m_nodesByJsonId.cend() || found->model != modelIndex) {
                ends = false;
                if (found != m_nodesByJsonId.cend())
                    f.report(key, tr("\"%1\" is a node of models[%2]; a link must join two nodes "
                                     "of the same model.")
                                      .arg(*end)
                                      .arg(found->model));
                else
                    f.report(key, tr("\"%1\" is not the id of any node in this model.").arg(*end));
                continue;
            }
            *target = found->id;
        }
        if (!ends)
            continue;
        if (link.from == link.to) {
            f.report("to", tr("a link cannot lead from a node to itself (\"%1\").").arg(*from));
            continue;
        }
        if (!jsonId.isEmpty()) {
            link.id = IdMapping::linkId(modelKey, jsonId);
        } else {
            const int occurrence = occurrences[{link.from, link.to}]++;
            link.id = IdMapping::linkId(modelKey, *from, *to, occurrence);
        }
        if (m_ids.contains(link.id.uuid())) {
            f.report("id", tr("something else in this file has the same id; ids must be "
                              "unique."));
            continue;
        }
        m_ids.insert(link.id.uuid());
        data.links << link;
    }
}

void JsonReader::readWaivers(JsonFields &root)
{
    const QJsonArray array = root.optionalArray("waivers");
    const JsonPath listPath = root.path("waivers");
    for (qsizetype i = 0; i < array.size() && !m_problems.isFull(); ++i) {
        const JsonPath path = listPath.index(i);
        const auto object = JsonFields::object(array.at(i), path, m_problems);
        if (!object)
            continue;
        JsonFields f(*object, path, m_problems);
        Waiver w;
        if (const auto model = f.optionalText("model", JsonFields::shortText)) {
            w.model = m_modelsByJsonId.value(*model);
            if (w.model.isNull())
                f.report("model",
                         tr("\"%1\" is not the id of any model in this file.").arg(*model));
        }
        w.code = f.requiredString("code", JsonFields::shortText, true).value_or(QString());
        w.subject = f.requiredString("subject", JsonFields::shortText).value_or(QString());
        w.justification = f.optionalString("justification", JsonFields::longText);
        m_result.waivers << w;
    }
}

} // namespace el
