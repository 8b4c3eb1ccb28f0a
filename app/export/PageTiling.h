#pragma once
// The geometry of putting one diagram onto pages: the scale that fits it onto one page, or the
// grid of tiles at a chosen scale with their overlaps. Pure arithmetic, no painting.
#include "export/PageSetup.h"

#include <QList>
#include <QRectF>
#include <QString>

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
    QList<double> columnStarts; // left edge of each column of tiles (scene units)
    QList<double> rowStarts;    // top edge of each row of tiles
    QList<Tile> tiles;          // every grid cell, row by row (callers skip the empty ones)

    // "B2": column letter, row number.
    static QString tileName(int column, int row);
};

namespace PageTiling {

// Points per scene unit that fit content into area (never larger than actual size).
double fitScale(const QSizeF &content, const QSizeF &area);
// The size card titles end up at, in points, at this scale.
double titlePoints(double scale);
// True when fitting content onto one page would make card titles smaller than readable.
bool fitTooSmall(const QSizeF &content, const QSizeF &area);
// The tiles covering content at scale (points per unit) on pages whose diagram area is area
// (points), each repeating at least overlapPoints of its neighbour. Page breaks move back so
// that no card (cards: their scene rectangles) is cut in two where that can be helped: a card
// cut by one page's edge starts the next page.
TilePlan tile(const QRectF &content, const QSizeF &area, double scale, double overlapPoints,
              const QList<QRectF> &cards = {});
// Where pages along one axis begin: from start to end in pages of length page, stepping back by
// overlap and to the start of any card (interval) the page edge would cut.
QList<double> breaks(double start, double end, double page, double overlap,
                     const QList<QPair<double, double>> &cards);

} // namespace PageTiling
} // namespace el
