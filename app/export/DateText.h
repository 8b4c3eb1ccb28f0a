#pragma once
// Dates in the report and on diagram pages, written as the user's locale writes them (the
// system's, in the editor and on the command line alike): the long form without the day of the
// week, and a short month with its year for indicator values.
#include <QDate>
#include <QLocale>
#include <QString>

namespace el::DateText {

// "26 November 2026" (en_GB), "November 26, 2026" (en_US), "26. November 2026" (de).
QString longDate(const QDate &date, const QLocale &locale = QLocale());
// "Nov 2026" (en_GB), "nov. 2026" (fr), "2026年11月" (ja); the month named as it stands alone.
QString monthYear(const QDate &date, const QLocale &locale = QLocale());

// A date format (QLocale's notation) without its day of the week and the text tied to it.
QString withoutWeekday(const QString &format);
// A date format reduced to month (abbreviated, "MMM") and year.
QString monthYearFormat(const QString &format);

} // namespace el::DateText
