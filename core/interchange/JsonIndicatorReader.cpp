#include "interchange/JsonIndicatorReader.h"

#include "interchange/IdMapping.h"

namespace el {

QList<Indicator> JsonIndicatorReader::readAll(JsonFields &node)
{
    const QJsonArray array = node.optionalArray("indicators");
    QList<Indicator> out;
    out.reserve(array.size());
    const JsonPath listPath = node.path("indicators");
    for (qsizetype i = 0; i < array.size() && !m_problems.isFull(); ++i) {
        if (auto indicator = read(array.at(i), listPath.index(i), i))
            out << *indicator;
    }
    return out;
}

std::optional<Indicator> JsonIndicatorReader::read(const QJsonValue &value, const JsonPath &path,
                                                   qsizetype index)
{
    const auto object = JsonFields::object(value, path, m_problems);
    if (!object)
        return std::nullopt;
    JsonFields f(*object, path, m_problems);
    Indicator ind;
    ind.id = IdMapping::indicatorId(m_modelKey, m_nodeJsonId,
                                    f.optionalString("id", JsonFields::shortText), index);
    if (m_seenIds.contains(ind.id.uuid()))
        f.report("id", tr("something else in this file has the same id; ids must be unique."));
    m_seenIds.insert(ind.id.uuid());
    ind.title = f.optionalString("title", JsonFields::shortText);
    if (const auto key = f.optionalText("measure", JsonFields::shortText)) {
        if (const auto measure = measureFromKey(*key))
            ind.measure = *measure;
        else
            f.report("measure", tr("\"%1\" is not a measure; expected one of number, percentage, "
                                   "qualitative.")
                                    .arg(*key));
    }
    ind.unit = f.optionalString("unit", JsonFields::shortText);
    ind.higherIsBetter = f.optionalBool("higher_is_better").value_or(true);
    ind.source = f.optionalString("source", JsonFields::longText);
    ind.reference = f.optionalString("reference", JsonFields::shortText);
    ind.baseline = readDatedValue(f, "baseline");
    ind.target = readDatedValue(f, "target");
    ind.measurements = readMeasurements(f);
    ind.disaggregation = f.optionalStringList("disaggregation", 100);
    return ind;
}

DatedValue JsonIndicatorReader::readDatedValue(JsonFields &indicator, const char *key)
{
    const auto object = indicator.optionalObject(key);
    if (!object)
        return {};
    JsonFields f(*object, indicator.path(key), m_problems);
    return DatedValue{f.optionalNumber("value"), f.optionalDate("date")};
}

QList<Measurement> JsonIndicatorReader::readMeasurements(JsonFields &indicator)
{
    const QJsonArray array = indicator.optionalArray("measurements");
    QList<Measurement> out;
    out.reserve(array.size());
    const JsonPath listPath = indicator.path("measurements");
    for (qsizetype i = 0; i < array.size(); ++i) {
        const JsonPath path = listPath.index(i);
        const auto object = JsonFields::object(array.at(i), path, m_problems);
        if (!object)
            continue;
        JsonFields f(*object, path, m_problems);
        Measurement m;
        m.date = f.optionalDate("date");
        m.value = f.requiredNumber("value").value_or(0.0);
        m.note = f.optionalString("note", JsonFields::longText);
        out << m;
    }
    return out;
}

} // namespace el
