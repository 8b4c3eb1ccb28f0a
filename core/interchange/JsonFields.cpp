#include "interchange/JsonFields.h"

#include <QLocale>
#include <cmath>

namespace el {

std::optional<QJsonObject> JsonFields::object(const QJsonValue &value, const JsonPath &path,
                                              JsonProblems &problems)
{
    if (value.isObject())
        return value.toObject();
    problems.add(path,
                 tr("expected an object { ... }, but found %1.").arg(jsonTypeName(value.type())));
    return std::nullopt;
}

QJsonValue JsonFields::given(const char *key) const
{
    const QJsonValue v = m_object.value(QLatin1String(key));
    return v.isNull() ? QJsonValue(QJsonValue::Undefined) : v;
}

bool JsonFields::has(const char *key) const
{
    return !given(key).isUndefined();
}

void JsonFields::report(const char *key, const QString &message) const
{
    m_problems.add(m_path.key(key), message);
}

void JsonFields::reportMissing(const char *key) const
{
    report(key, tr("this is required but missing."));
}

void JsonFields::reportType(const char *key, const QJsonValue &value, const QString &expected) const
{
    report(key, tr("expected %1, but found %2.").arg(expected, jsonTypeName(value.type())));
}

bool JsonFields::checkLength(const QString &text, qsizetype limit, const JsonPath &path,
                             JsonProblems &problems)
{
    if (text.size() <= limit)
        return true;
    problems.add(
        path, tr("this text is %1 characters long; the most allowed here is %2.")
                  .arg(QLocale::system().toString(text.size()), QLocale::system().toString(limit)));
    return false;
}

std::optional<QString> JsonFields::requiredString(const char *key, qsizetype limit, bool nonEmpty)
{
    const QJsonValue v = given(key);
    if (v.isUndefined()) {
        reportMissing(key);
        return std::nullopt;
    }
    if (!v.isString()) {
        reportType(key, v, tr("text"));
        return std::nullopt;
    }
    QString text = v.toString();
    if (nonEmpty && text.trimmed().isEmpty()) {
        report(key, tr("this is required but empty."));
        return std::nullopt;
    }
    if (!checkLength(text, limit, m_path.key(key), m_problems))
        return std::nullopt;
    return text;
}

QString JsonFields::optionalString(const char *key, qsizetype limit)
{
    return optionalText(key, limit).value_or(QString());
}

std::optional<QString> JsonFields::optionalText(const char *key, qsizetype limit)
{
    const QJsonValue v = given(key);
    if (v.isUndefined())
        return std::nullopt;
    if (!v.isString()) {
        reportType(key, v, tr("text"));
        return std::nullopt;
    }
    QString text = v.toString();
    if (!checkLength(text, limit, m_path.key(key), m_problems))
        return std::nullopt;
    return text;
}

std::optional<double> JsonFields::optionalNumber(const char *key)
{
    const QJsonValue v = given(key);
    if (v.isUndefined())
        return std::nullopt;
    if (!v.isDouble()) {
        reportType(key, v, tr("a number"));
        return std::nullopt;
    }
    const double d = v.toDouble();
    if (!std::isfinite(d)) {
        report(key, tr("this number is too large."));
        return std::nullopt;
    }
    return d;
}

std::optional<double> JsonFields::requiredNumber(const char *key)
{
    if (!has(key)) {
        reportMissing(key);
        return std::nullopt;
    }
    return optionalNumber(key);
}

std::optional<bool> JsonFields::optionalBool(const char *key)
{
    const QJsonValue v = given(key);
    if (v.isUndefined())
        return std::nullopt;
    if (!v.isBool()) {
        reportType(key, v, tr("true or false"));
        return std::nullopt;
    }
    return v.toBool();
}

QDate JsonFields::parseDate(const QString &text)
{
    // Exactly YYYY-MM-DD: Qt's ISO parser alone would also take other shapes.
    if (text.size() != 10 || text[4] != QLatin1Char('-') || text[7] != QLatin1Char('-'))
        return {};
    for (int i : {0, 1, 2, 3, 5, 6, 8, 9}) {
        if (!text[i].isDigit() || text[i].unicode() > 127)
            return {};
    }
    return QDate::fromString(text, Qt::ISODate);
}

QDate JsonFields::optionalDate(const char *key)
{
    const QJsonValue v = given(key);
    if (v.isUndefined())
        return {};
    if (!v.isString()) {
        reportType(key, v, tr("a date written as text, YYYY-MM-DD"));
        return {};
    }
    const QDate date = parseDate(v.toString());
    if (!date.isValid())
        report(key, tr("\"%1\" is not a date; write dates as YYYY-MM-DD, for example 2027-03-31.")
                        .arg(v.toString()));
    return date;
}

QJsonArray JsonFields::optionalArray(const char *key)
{
    const QJsonValue v = given(key);
    if (v.isUndefined())
        return {};
    if (!v.isArray()) {
        reportType(key, v, tr("a list [ ... ]"));
        return {};
    }
    return v.toArray();
}

std::optional<QJsonObject> JsonFields::optionalObject(const char *key)
{
    const QJsonValue v = given(key);
    if (v.isUndefined())
        return std::nullopt;
    if (!v.isObject()) {
        reportType(key, v, tr("an object { ... }"));
        return std::nullopt;
    }
    return v.toObject();
}

QStringList JsonFields::optionalStringList(const char *key, qsizetype maxItems)
{
    const QJsonArray array = optionalArray(key);
    QStringList out;
    const JsonPath listPath = m_path.key(key);
    if (array.size() > maxItems) {
        m_problems.add(listPath, tr("this list has %1 entries; the most allowed is %2.")
                                     .arg(array.size())
                                     .arg(maxItems));
        return out;
    }
    out.reserve(array.size());
    for (qsizetype i = 0; i < array.size(); ++i) {
        const QJsonValue v = array.at(i);
        if (v.isString()) {
            if (checkLength(v.toString(), shortText, listPath.index(i), m_problems))
                out << v.toString();
        } else
            m_problems.add(listPath.index(i),
                           tr("expected text, but found %1.").arg(jsonTypeName(v.type())));
    }
    return out;
}

} // namespace el
