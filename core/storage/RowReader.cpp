#include "storage/RowReader.h"

#include "storage/Utf8.h"

#include <QCoreApplication>
#include <cmath>
#include <sqlite3.h>

namespace el {

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("el::ProjectFile", text);
}

} // namespace

void RowReader::fail(const QString &problem)
{
    if (ok())
        m_problem = problem;
}

void RowReader::invalid(const char *what)
{
    fail(tr("%1 that is not valid").arg(tr(what)));
}

bool RowReader::hasType(int column, int type, const char *what)
{
    if (!ok())
        return false;
    if (m_row.type(column) == type)
        return true;
    invalid(what);
    return false;
}

QString RowReader::text(int column, const char *what)
{
    if (!hasType(column, SQLITE_TEXT, what))
        return {};
    const QByteArrayView bytes = m_row.textView(column, SQLITE_TEXT);
    if (!Utf8::isValid(bytes.data(), bytes.size())) {
        fail(tr("%1 that is not valid text").arg(tr(what)));
        return {};
    }
    return QString::fromUtf8(bytes);
}

QString RowReader::optionalText(int column, const char *what)
{
    return m_row.isNull(column) ? QString() : text(column, what);
}

QUuid RowReader::id(int column, const char *what)
{
    if (!hasType(column, SQLITE_BLOB, what))
        return {};
    const QByteArrayView bytes = m_row.textView(column, SQLITE_BLOB);
    const QUuid uuid = bytes.size() == 16 ? QUuid::fromRfc4122(bytes) : QUuid();
    if (uuid.isNull())
        invalid(what);
    return uuid;
}

qint64 RowReader::integer(int column, const char *what)
{
    return hasType(column, SQLITE_INTEGER, what) ? m_row.integer(column) : 0;
}

double RowReader::real(int column, const char *what)
{
    if (!ok())
        return 0;
    const int type = m_row.type(column);
    if (type != SQLITE_FLOAT && type != SQLITE_INTEGER) {
        invalid(what);
        return 0;
    }
    const double value = m_row.real(column);
    if (!std::isfinite(value)) {
        fail(tr("%1 that is not a number").arg(tr(what)));
        return 0;
    }
    return value;
}

std::optional<double> RowReader::optionalReal(int column, const char *what)
{
    if (m_row.isNull(column))
        return std::nullopt;
    return real(column, what);
}

QDate RowReader::optionalDate(int column, const char *what)
{
    const int type = m_row.type(column);
    if (type == SQLITE_NULL || !ok())
        return {};
    const QByteArrayView bytes
        = type == SQLITE_TEXT ? m_row.textView(column, type) : QByteArrayView();
    const QDate date = bytes.size() == 10
                           ? QDate::fromString(QLatin1StringView(bytes.data(), 10), Qt::ISODate)
                           : QDate();
    if (!date.isValid())
        fail(tr("%1 that is not a valid date").arg(tr(what)));
    return date;
}

} // namespace el
