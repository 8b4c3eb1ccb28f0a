#include "sharing/ShareCopy.h"

#include <catch2/catch.hpp>

using namespace el;

TEST_CASE("The copy to share is named after the project and the date", "[share]")
{
    const QDate date(2026, 11, 26);
    CHECK(ShareCopy::fileNameFor(QStringLiteral("Luton Health Equity Town"), date)
          == QStringLiteral("Luton Health Equity Town 2026-11-26.eqlm"));
    // Characters Windows or mail programs refuse are dropped.
    CHECK(ShareCopy::fileNameFor(QStringLiteral("Housing: warm/dry homes?"), date)
          == QStringLiteral("Housing warm dry homes 2026-11-26.eqlm"));
    CHECK(ShareCopy::fileNameFor(QStringLiteral("..hidden."), date)
          == QStringLiteral("hidden 2026-11-26.eqlm"));
    CHECK(ShareCopy::fileNameFor(QString(), date)
          == QStringLiteral("Equity Logic project 2026-11-26.eqlm"));
    CHECK(ShareCopy::fileNameFor(QStringLiteral("\t\n"), date)
          == QStringLiteral("Equity Logic project 2026-11-26.eqlm"));
    CHECK(ShareCopy::fileNameFor(QString(200, QLatin1Char('a')), date).size() <= 96);
    CHECK(ShareCopy::fileNameFor(QStringLiteral("Coventry — Marmot City"), date)
          == QStringLiteral("Coventry — Marmot City 2026-11-26.eqlm"));
}
