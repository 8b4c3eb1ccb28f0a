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
    double overlap = 0; // scene units repeated between neighbours
    QList<Tile> tiles;  // every grid cell, row by row (callers skip the empty ones)

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
// (points), each repeating overlapPoints of its neighbour.
TilePlan tile(const QRectF &content, const QSizeF &area, double scale, double overlapPoints);

} // namespace PageTiling
} // namespace el
