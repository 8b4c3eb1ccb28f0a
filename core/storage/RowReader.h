#pragma once
// Reads the columns of one row of an untrusted file, checking each value's type and form (valid
// UTF-8, a 16-byte UUID, an ISO date, a finite number); remembers the first problem found.
#include "model/Ids.h"
#include "storage/SqliteStatement.h"

#include <QDate>
#include <QString>
#include <optional>

namespace el {

class RowReader
{
public:
    explicit RowReader(const SqliteStatement &row)
        : m_row(row)
    {}

    bool ok() const { return m_problem.isEmpty(); }
    const QString &problem() const { return m_problem; }
    void fail(const QString &problem);

    // `what` names the value for a person, for example "a node title".
    QString text(int column, const char *what);
    QString optionalText(int column, const char *what); // NULL reads as empty
    // A non-null UUID stored as 16 bytes; a null one (and a problem) otherwise.
    QUuid id(int column, const char *what);
    qint64 integer(int column, const char *what);
    double real(int column, const char *what);
    std::optional<double> optionalReal(int column, const char *what);
    QDate optionalDate(int column, const char *what);

private:
    bool hasType(int column, int type, const char *what);
    void invalid(const char *what);

    const SqliteStatement &m_row;
    QString m_problem;
};

} // namespace el
