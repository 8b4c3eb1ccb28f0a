#include "interchange/JsonNodeReader.h"

#include "interchange/IdMapping.h"
#include "interchange/JsonIndicatorReader.h"

#include <cmath>

namespace el {

std::optional<JsonNodeReader::ReadNode>
JsonNodeReader::read(const QJsonValue &value, const JsonPath &path, const QString &modelKey)
{
    const auto object = JsonFields::object(value, path, m_problems);
    if (!object)
        return std::nullopt;
    JsonFields f(*object, path, m_problems);
    ReadNode out;
    const auto jsonId = f.requiredString("id", JsonFields::shortText, true);
    if (const auto kindKey = f.requiredString("kind", JsonFields::shortText)) {
        if (const auto kind = nodeKindFromKey(*kindKey))
            out.node.kind = *kind;
        else
            f.report("kind", tr("\"%1\" is not a kind; expected one of %2.")
                                 .arg(*kindKey, nodeKindKeys().join(QStringLiteral(", "))));
    }
    out.node.title = f.requiredString("title", JsonFields::shortText).value_or(QString());
    out.node.description = f.optionalString("description", JsonFields::longText);
    out.node.population = f.optionalString("population", JsonFields::longText);
    out.node.principles = readPrinciples(f);
    out.node.group = f.optionalString("group", JsonFields::shortText);
    out.positioned = readPosition(f, out.node.pos);
    if (!jsonId)
        return std::nullopt;
    out.jsonId = *jsonId;
    out.node.id = IdMapping::nodeId(modelKey, out.jsonId);
    out.node.indicators = JsonIndicatorReader(m_problems, m_ids, modelKey, out.jsonId).readAll(f);
    return out;
}

PrincipleSet JsonNodeReader::readPrinciples(JsonFields &node)
{
    PrincipleSet set;
    const QJsonArray array = node.optionalArray("principles");
    const JsonPath listPath = node.path("principles");
    for (qsizetype i = 0; i < array.size(); ++i) {
        const QJsonValue v = array.at(i);
        const double d = v.toDouble(0.5);
        if (!v.isDouble() || d != std::floor(d)) {
            m_problems.add(listPath.index(i),
                           tr("expected a principle number from 1 to 8, but found %1.")
                               .arg(v.isDouble() ? QString::number(d) : jsonTypeName(v.type())));
        } else if (!PrincipleSet::isValid(static_cast<int>(std::clamp(d, -1.0, 100.0)))) {
            m_problems.add(listPath.index(i),
                           tr("%1 is not a Marmot principle; the principles are numbered 1 to 8.")
                               .arg(QString::number(d)));
        } else {
            set.insert(static_cast<int>(d));
        }
    }
    return set;
}

bool JsonNodeReader::readPosition(JsonFields &node, QPointF &pos)
{
    const auto x = node.optionalNumber("x");
    const auto y = node.optionalNumber("y");
    if (x && y) {
        pos = QPointF(*x, *y);
        return true;
    }
    if (x && !node.has("y"))
        node.report("y", tr("x is given but y is missing; give both or neither."));
    if (y && !node.has("x"))
        node.report("x", tr("y is given but x is missing; give both or neither."));
    return false;
}

} // namespace el
