#include "export/TableFlow.h"

#include <catch2/catch.hpp>
#include <random>

using namespace el;

namespace {
// The rows on each page the table takes (the first page may hold none when it moves on).
QList<int> rowsPerPage(const QList<int> &breaks, int rows)
{
    QList<int> pages;
    int at = 0;
    for (int b : breaks) {
        pages << b - at;
        at = b;
    }
    pages << rows - at;
    return pages;
}

TableFlow flow(double room, double pageRoom = 700)
{
    TableFlow f;
    f.room = room;
    f.pageRoom = pageRoom;
    f.headingRoom = pageRoom - 40;
    return f;
}
} // namespace

TEST_CASE("The last row of a table never stands alone on a page", "[export]")
{
    const QList<double> rows(30, 24.0);
    // Wherever the table starts, however much room the first page has left.
    for (double room = 72; room <= 700; room += 6) {
        const QList<int> breaks = flow(room).breaks(rows);
        const QList<int> pages = rowsPerPage(breaks, 30);
        INFO("room " << room << ", first page holds " << pages.first() << " rows");
        CHECK(pages.last() >= 2);
        for (int i = 1; i < pages.size(); ++i)
            CHECK(pages.at(i) >= 2);
    }
}

TEST_CASE("A table's heading is kept with its first rows", "[export]")
{
    const QList<double> rows(12, 40.0);
    // Room for two rows under the heading: the heading and the table go to the next page.
    CHECK(flow(90).breaks(rows).first() == 0);
    // Room for three: they stay.
    const QList<int> three = flow(125).breaks(rows);
    CHECK(three.first() == 3);
    // A tall first row alone would fit, the next would not: moved on too.
    CHECK(flow(130).breaks({120, 60, 20, 20}).first() == 0);
    // A table of two rows needs only its two rows under the heading.
    CHECK(flow(85).breaks({40, 40}).isEmpty());
}

TEST_CASE("A table already at the top of a page is not moved to another", "[export]")
{
    TableFlow f = flow(660);
    f.headingRoom = 660;
    // Rows so tall that fewer than three fit on any page.
    const QList<int> breaks = f.breaks({400, 400, 400});
    REQUIRE_FALSE(breaks.isEmpty());
    CHECK(breaks.first() != 0);
}

TEST_CASE("Every row is placed, one taller than a page on a page of its own", "[export]")
{
    const QList<int> breaks = flow(300).breaks({100, 900, 100, 100});
    CHECK(breaks.contains(1));
    CHECK(breaks.contains(2));
}

TEST_CASE("Pages of a table hold what fits, with no orphan row, whatever the row heights",
          "[export]")
{
    std::mt19937 rng(7);
    std::uniform_real_distribution<double> tall(14, 90);
    std::uniform_real_distribution<double> left(0, 700);
    for (int round = 0; round < 300; ++round) {
        QList<double> rows;
        const int n = 1 + static_cast<int>(rng() % 60);
        for (int i = 0; i < n; ++i)
            rows << tall(rng);
        const TableFlow f = flow(left(rng));
        const QList<int> breaks = f.breaks(rows);
        const QList<int> pages = rowsPerPage(breaks, n);
        INFO("round " << round << ", " << n << " rows");
        const bool moved = !breaks.isEmpty() && breaks.first() == 0;
        const int heading = moved ? 1 : 0;
        int at = 0;
        for (int page = 0; page < pages.size(); ++page) {
            double used = 0;
            for (int i = at; i < at + pages.at(page); ++i)
                used += rows.at(i);
            const double room = page == heading ? (moved ? f.headingRoom : f.room) : f.pageRoom;
            CHECK(used <= room + 1e-6);
            at += pages.at(page);
        }
        // The heading's page has at least three rows, or the whole table when shorter.
        CHECK(pages.at(heading) >= std::min(3, n));
        if (pages.size() > heading + 1)
            CHECK(pages.last() >= 2);
    }
}
