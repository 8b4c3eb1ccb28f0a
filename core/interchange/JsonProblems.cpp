#include "interchange/JsonProblems.h"

#include <QJsonValue>

namespace el {

QString JsonPath::toString() const
{
    QString text;
    for (const Segment &s : m_segments) {
        if (s.key) {
            if (!text.isEmpty())
                text += QLatin1Char('.');
            text += QLatin1String(s.key);
        } else {
            text += QStringLiteral("[%1]").arg(s.index);
        }
    }
    return text;
}

void JsonProblems::add(const JsonPath &path, const QString &message)
{
    if (m_lines.size() >= limit) {
        m_truncated = true;
        return;
    }
    const QString where = path.toString();
    m_lines << (where.isEmpty() ? message : QStringLiteral("%1: %2").arg(where, message));
}

void JsonProblems::addGeneral(const QString &message)
{
    m_general = message;
}

QString JsonProblems::report() const
{
    if (!m_general.isEmpty())
        return m_general + QLatin1Char(' ') + tr("Nothing was imported.");
    QString text = tr("This is not a valid Equity Logic JSON file, so nothing was imported. "
                      "Please correct the following and try again:");
    for (const QString &line : m_lines)
        text += QStringLiteral("\n  ") + line;
    if (m_truncated)
        text += QStringLiteral("\n  ")
                + tr("(there are more problems; only the first %n are listed)", nullptr, limit);
    return text;
}

QString jsonTypeName(int type)
{
    switch (static_cast<QJsonValue::Type>(type)) {
    case QJsonValue::Null:
        return JsonProblems::tr("null");
    case QJsonValue::Bool:
        return JsonProblems::tr("true or false");
    case QJsonValue::Double:
        return JsonProblems::tr("a number");
    case QJsonValue::String:
        return JsonProblems::tr("text");
    case QJsonValue::Array:
        return JsonProblems::tr("a list [ ... ]");
    case QJsonValue::Object:
        return JsonProblems::tr("an object { ... }");
    case QJsonValue::Undefined:
        break;
    }
    return JsonProblems::tr("nothing");
}

} // namespace el
