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

TEST_CASE("Tiles cover the whole diagram with at least the asked overlap", "[export]")
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
        // Every tile shows the same part of a page, never more than a page.
        CHECK(t.source.size() == plan.tileSize);
        CHECK(t.source.width() * plan.scale <= area.width() + 1e-6);
        CHECK(t.source.height() * plan.scale <= area.height() + 1e-6);
    }
    CHECK(covered.contains(content));
    // Neighbours repeat at least the overlap.
    CHECK(plan.tiles.at(1).source.left() <= plan.tiles.at(0).source.right() - plan.overlap + 1e-6);
    CHECK(plan.overlap * plan.scale == Approx(20));
}

namespace {
// How much of a page the diagram fills along one axis on each tile: the part of the content
// between the tile's start and end, as a share of the page's length.
QList<double> fills(const QList<double> &starts, double length, double from, double to, double page)
{
    QList<double> out;
    for (double s : starts)
        out << (std::min(s + length, to) - std::max(s, from)) / page;
    return out;
}

// Every tile of plan is well filled along each axis that needs more than one tile.
void checkNoSliver(const TilePlan &plan, const QRectF &content, const QSizeF &area)
{
    const double w = area.width() / plan.scale;
    const double h = area.height() / plan.scale;
    if (plan.columns > 1) {
        for (double f :
             fills(plan.columnStarts, plan.tileSize.width(), content.left(), content.right(), w))
            CHECK(f >= 0.75);
    }
    if (plan.rows > 1) {
        for (double f :
             fills(plan.rowStarts, plan.tileSize.height(), content.top(), content.bottom(), h))
            CHECK(f >= 0.75);
    }
    // And the last tiles end with the diagram.
    CHECK(plan.columnStarts.last() + plan.tileSize.width() >= content.right() - 1e-6);
    CHECK(plan.rowStarts.last() + plan.tileSize.height() >= content.bottom() - 1e-6);
}
} // namespace

TEST_CASE("No tile holds only a sliver of the diagram, whatever its size", "[export]")
{
    const QSizeF area(770, 460);
    const double scale = 0.6;
    // From just over one page to five pages, in steps that land the last page anywhere.
    for (double pages = 1.02; pages < 5; pages += 0.07) {
        const QRectF content(-40, 25, area.width() / scale * pages,
                             area.height() / scale * (pages * 0.7));
        INFO("pages across: " << pages);
        const TilePlan plan = PageTiling::tile(content, area, scale, 28);
        checkNoSliver(plan, content, area);
    }
}

TEST_CASE("Tiles spread evenly still start a page before a card its edge would cut", "[export]")
{
    // Columns of cards 180 wide every 220, rows of cards 60 tall every 90.
    QList<QRectF> cards;
    for (int c = 0; c < 14; ++c) {
        for (int r = 0; r < 40; ++r)
            cards << QRectF(c * 220, r * 90, 180, 60);
    }
    QRectF content;
    for (const QRectF &c : cards)
        content |= c;
    const QSizeF area(770, 460);
    const TilePlan plan = PageTiling::tile(content, area, 0.6, 28, cards);
    checkNoSliver(plan, content, area);
    for (const QRectF &card : cards) {
        bool whole = false;
        for (const Tile &t : plan.tiles)
            whole = whole || t.source.contains(card);
        CHECK(whole);
    }
}

TEST_CASE("A diagram a little too big for its pages is drawn a little smaller instead of taking "
          "a nearly empty row of pages",
          "[export]")
{
    const QSizeF area(770, 460);
    const double asked = 0.6;
    // At the asked scale: two pages across, the second holding a twentieth of the diagram.
    const QRectF content(0, 0, area.width() / asked * 1.05, area.height() / asked * 0.6);
    CHECK(PageTiling::tile(content, area, asked, 28).columns == 2);
    const double s = PageTiling::tileScale(content, area, asked, asked * 0.85, asked, 28);
    CHECK(s < asked);
    CHECK(s >= asked * 0.85);
    CHECK(PageTiling::tile(content, area, s, 28).columns == 1);
}

TEST_CASE("Tiling keeps the asked scale when shrinking would not save pages or would make text "
          "too small",
          "[export]")
{
    const QSizeF area(770, 460);
    // Half a page more than fits: shrinking by 15% would not drop the second column.
    const QRectF wide(0, 0, area.width() / 0.6 * 1.5, 300);
    CHECK(PageTiling::tileScale(wide, area, 0.6, 0.6 * 0.85, 0.6, 28) == Approx(0.6));
    // Already at the smallest readable size: no smaller, even to save a page.
    const double readable = PageTiling::readableScale();
    const QRectF nearly(0, 0, area.width() / readable * 1.05, 300);
    CHECK(PageTiling::tileScale(nearly, area, readable, 0, readable, 28) == Approx(readable));
    CHECK(PageTiling::titlePoints(readable) == Approx(minimumTextPoints));
}

TEST_CASE("Tiles are named by column letter and row number", "[export]")
{
    CHECK(TilePlan::tileName(0, 0) == QStringLiteral("A1"));
    CHECK(TilePlan::tileName(1, 1) == QStringLiteral("B2"));
    CHECK(TilePlan::tileName(26, 2) == QStringLiteral("AA3"));
}

TEST_CASE("A short tiled diagram is drawn larger, when that is allowed, to fill its pages",
          "[export]")
{
    const QSizeF area(770, 460);
    // Two pages across at the asked scale, but only half a page tall.
    const QRectF content(0, 0, area.width() / 0.6 * 1.5, area.height() / 0.6 * 0.5);
    const double s = PageTiling::tileScale(content, area, 0.6, 0.6, 0.75, 28);
    CHECK(s > 0.6);
    CHECK(s <= 0.75 + 1e-9);
    const TilePlan plan = PageTiling::tile(content, area, s, 28);
    CHECK(plan.columns * plan.rows == 2);
    // Not larger than the export asked for when growing is not allowed.
    CHECK(PageTiling::tileScale(content, area, 0.6, 0.6, 0.6, 28) == Approx(0.6));
}
