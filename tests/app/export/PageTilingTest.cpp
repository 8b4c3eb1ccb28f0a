#include "export/PageTiling.h"

#include <catch2/catch.hpp>

using namespace el;

TEST_CASE("A diagram that fits is never enlarged beyond actual size", "[export]")
{
    const double s = PageTiling::fitScale(QSizeF(100, 100), QSizeF(800, 500));
    CHECK(s == Approx(pointsPerUnit));
}

TEST_CASE("Fitting keeps the whole diagram on the page", "[export]")
{
    const QSizeF content(4000, 1200);
    const QSizeF area(770, 480);
    const double s = PageTiling::fitScale(content, area);
    CHECK(content.width() * s <= area.width() + 1e-6);
    CHECK(content.height() * s <= area.height() + 1e-6);
}

TEST_CASE("Fitting a very large diagram is reported as too small to read", "[export]")
{
    CHECK_FALSE(PageTiling::fitTooSmall(QSizeF(1200, 700), QSizeF(770, 480)));
    CHECK(PageTiling::fitTooSmall(QSizeF(6000, 20000), QSizeF(770, 480)));
}

TEST_CASE("Tiles cover the whole diagram with the asked overlap", "[export]")
{
    const QRectF content(-50, -80, 3000, 1700);
    const QSizeF area(500, 700);
    const TilePlan plan = PageTiling::tile(content, area, 0.75, 20);
    REQUIRE(plan.tiles.size() == plan.columns * plan.rows);
    CHECK(plan.columns > 1);
    CHECK(plan.rows > 1);
    QRectF covered;
    for (const Tile &t : plan.tiles) {
        covered |= t.source;
        CHECK(t.source.width() * plan.scale == Approx(area.width()));
        CHECK(t.source.height() * plan.scale == Approx(area.height()));
    }
    CHECK(covered.contains(content));
    // Neighbours repeat the overlap.
    CHECK(plan.tiles.at(1).source.left() == Approx(plan.tiles.at(0).source.right() - plan.overlap));
    CHECK(plan.overlap * plan.scale == Approx(20));
}

TEST_CASE("Tiles are named by column letter and row number", "[export]")
{
    CHECK(TilePlan::tileName(0, 0) == QStringLiteral("A1"));
    CHECK(TilePlan::tileName(1, 1) == QStringLiteral("B2"));
    CHECK(TilePlan::tileName(26, 2) == QStringLiteral("AA3"));
}
