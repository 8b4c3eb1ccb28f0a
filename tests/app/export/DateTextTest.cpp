#include "export/DateText.h"
#include "DefaultLocale.h"
#include "export/PageDecoration.h"

#include <catch2/catch.hpp>

using namespace el;

namespace {
const QDate day(2026, 11, 26);

QString longIn(const char *locale)
{
    return DateText::longDate(day, QLocale(QString::fromLatin1(locale)));
}

QString monthIn(const char *locale)
{
    return DateText::monthYear(day, QLocale(QString::fromLatin1(locale)));
}

} // namespace

TEST_CASE("Report dates are written in the order and words of the user's locale", "[export]")
{
    CHECK(longIn("en_GB") == QStringLiteral("26 November 2026"));
    CHECK(longIn("en_US") == QStringLiteral("November 26, 2026"));
    CHECK(longIn("de_DE") == QStringLiteral("26. November 2026"));
    CHECK(longIn("fr_FR") == QStringLiteral("26 novembre 2026"));
    CHECK(longIn("ja_JP") == QStringLiteral("2026年11月26日"));
    CHECK(longIn("hu_HU") == QStringLiteral("2026. november 26."));
    CHECK(longIn("pt_BR") == QStringLiteral("26 de novembro de 2026"));
    CHECK(longIn("ko_KR") == QStringLiteral("2026년 11월 26일"));
}

TEST_CASE("Indicator dates give the month and year as the user's locale writes them", "[export]")
{
    CHECK(monthIn("en_GB") == QStringLiteral("Nov 2026"));
    CHECK(monthIn("en_US") == QStringLiteral("Nov 2026"));
    CHECK(monthIn("de_DE") == QStringLiteral("Nov 2026"));
    CHECK(monthIn("ja_JP") == QStringLiteral("2026年11月"));
    CHECK(monthIn("hu_HU") == QStringLiteral("2026. nov."));
    CHECK(monthIn("pt_BR") == QStringLiteral("nov. de 2026"));
    // Alone with its year, a month takes its standalone form, not the one used with a day.
    CHECK(monthIn("pl_PL") == QStringLiteral("lis 2026"));
    CHECK(monthIn("ru_RU").startsWith(QStringLiteral("нояб")));
}

TEST_CASE("Date formats lose the weekday and the day with the words tied to them", "[export]")
{
    using DateText::monthYearFormat;
    using DateText::withoutWeekday;
    CHECK(withoutWeekday(QStringLiteral("dddd, d MMMM yyyy")) == QStringLiteral("d MMMM yyyy"));
    CHECK(withoutWeekday(QStringLiteral("yyyy. MMMM d., dddd")) == QStringLiteral("yyyy. MMMM d."));
    CHECK(withoutWeekday(QStringLiteral("yyyy年M月d日dddd")) == QStringLiteral("yyyy年M月d日"));
    CHECK(withoutWeekday(QStringLiteral("ddddที่ d MMMM yyyy")) == QStringLiteral("d MMMM yyyy"));
    CHECK(monthYearFormat(QStringLiteral("yyyy 'm'. MMMM d 'd'., dddd"))
          == QStringLiteral("yyyy 'm'. MMM"));
    CHECK(monthYearFormat(QStringLiteral("dddd, d 'de' MMMM 'de' yyyy"))
          == QStringLiteral("MMM 'de' yyyy"));
    CHECK(monthYearFormat(QStringLiteral("d בMMMM yyyy")) == QStringLiteral("MMM yyyy"));
    CHECK(monthYearFormat(QStringLiteral("d MMMM yyyy 'г'.")) == QStringLiteral("MMM yyyy 'г'."));
    // A quoted quote stays inside its quotes.
    CHECK(monthYearFormat(QStringLiteral("d 'o''clock' MMMM yyyy")) == QStringLiteral("MMM yyyy"));
}

TEST_CASE("The date on report and diagram pages follows the user's locale", "[export]")
{
    const test::DefaultLocale german(QLocale(QLocale::German, QLocale::Germany));
    const QString today = PageDecoration::today();
    CHECK(today.contains(QLocale().monthName(QDate::currentDate().month())));
    CHECK_FALSE(today.contains(QLocale().dayName(QDate::currentDate().dayOfWeek())));
    CHECK(today.contains(QStringLiteral(". ")));
}
