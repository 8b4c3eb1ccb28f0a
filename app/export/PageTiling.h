#pragma once
// The geometry of putting one diagram onto pages: the scale that fits it onto one page, or the
// grid of tiles at a chosen scale with their overlaps. Pure arithmetic, no painting.
#include "export/PageSetup.h"

#include <QList>
#include <QRectF>
#include <QString>
#include <optional>

namespace el {

struct Tile
{
    int column = 0; // 0-based, lettered A, B, C... on the page
    int row = 0;    // 0-based, numbered 1, 2, 3... on the page
    QRectF source;  // scene rectangle shown on this page
};

struct TilePlan
{
    double scale = 1.0; // points per scene unit
    int columns = 1;
    int rows = 1;
    double overlap = 0;         // scene units repeated between neighbours, at least
    QSizeF tileSize;            // scene units every tile shows (at most a page's worth)
    QList<double> columnStarts; // left edge of each column of tiles (scene units)
    QList<double> rowStarts;    // top edge of each row of tiles
    QList<Tile> tiles;          // every grid cell, row by row (callers skip the empty ones)

    // "B2": column letter, row number.
    static QString tileName(int column, int row);
};

namespace PageTiling {

// Every tile shows at least this share of a page along each axis: the diagram is spread over
// its pages rather than leaving a sliver on the last one.
inline constexpr double minTileFill = 0.8;

// Points per scene unit that fit content into area (never larger than actual size).
double fitScale(const QSizeF &content, const QSizeF &area);
// The size card titles end up at, in points, at this scale.
double titlePoints(double scale);
// True when fitting content onto one page would make card titles smaller than readable.
bool fitTooSmall(const QSizeF &content, const QSizeF &area);
// The smallest scale (points per unit) at which card titles are still readable.
double readableScale();
// The scale to tile content at when preferred (points per unit) was asked for: preferred, or
// smaller down to lowest (but never below readable size) when a row or a column of pages fewer
// would then do; then larger, up to highest, as long as that takes no more pages.
double tileScale(const QRectF &content, const QSizeF &area, double preferred, double lowest,
                 double highest, double overlapPoints, const QList<QRectF> &cards = {});
// The tiles covering content at scale (points per unit) on pages whose diagram area is area
// (points), each repeating at least overlapPoints of its neighbour. The diagram is spread
// evenly: all tiles along an axis show the same length, the last one ending with the diagram.
// Page breaks move back so that no card (cards: their scene rectangles) is cut in two where
// that can be helped: a card cut by one page's edge starts the next page.
TilePlan tile(const QRectF &content, const QSizeF &area, double scale, double overlapPoints,
              const QList<QRectF> &cards = {});
// Where pages along one axis begin: from start to end in pages of length page, stepping back by
// overlap and to the start of any card (interval) the page edge would cut.
QList<double> breaks(double start, double end, double page, double overlap,
                     const QList<QPair<double, double>> &cards);
// Where count tiles of length each begin so that they cover start to end spread evenly: the
// first at start, the last ending at end, neighbours repeating at least overlap, and page
// edges moved back off cards as breaks() does. Nothing when count tiles cannot cover it.
std::optional<QList<double>> spread(double start, double end, double length, int count,
                                    double overlap, const QList<QPair<double, double>> &cards);

} // namespace PageTiling
} // namespace el
