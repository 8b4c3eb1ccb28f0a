#include "export/PageTiling.h"

#include <algorithm>
#include <cmath>

namespace el {

QString TilePlan::tileName(int column, int row)
{
    QString letters;
    int c = column;
    do {
        letters.prepend(QChar(u'A' + c % 26));
        c = c / 26 - 1;
    } while (c >= 0);
    return letters + QString::number(row + 1);
}

namespace PageTiling {

double fitScale(const QSizeF &content, const QSizeF &area)
{
    if (content.width() <= 0 || content.height() <= 0)
        return pointsPerUnit;
    const double s = std::min(area.width() / content.width(), area.height() / content.height());
    return std::min(s, pointsPerUnit);
}

double titlePoints(double scale)
{
    return titlePixelSize * scale;
}

bool fitTooSmall(const QSizeF &content, const QSizeF &area)
{
    return titlePoints(fitScale(content, area)) < minimumTextPoints;
}

QList<double> breaks(double start, double end, double page, double overlap,
                     const QList<QPair<double, double>> &cards)
{
    QList<double> starts{start};
    double at = start;
    while (at + page < end - 1e-6) {
        const double edge = at + page;
        double next = edge - overlap;
        for (const auto &[from, to] : cards) {
            if (from < edge && to > edge)
                next = std::min(next, from - 8);
        }
        // Always move on by at least a third of a page, even past a card taller than that.
        if (next < at + page / 3)
            next = edge - overlap;
        starts << next;
        at = next;
    }
    return starts;
}

TilePlan tile(const QRectF &content, const QSizeF &area, double scale, double overlapPoints,
              const QList<QRectF> &cards)
{
    TilePlan plan;
    plan.scale = scale;
    const double w = area.width() / scale;
    const double h = area.height() / scale;
    // The overlap never takes more than a third of a page.
    plan.overlap = std::min(overlapPoints / scale, std::min(w, h) / 3);
    QList<QPair<double, double>> xs, ys;
    for (const QRectF &c : cards) {
        xs << qMakePair(c.left(), c.right());
        ys << qMakePair(c.top(), c.bottom());
    }
    plan.columnStarts = breaks(content.left(), content.right(), w, plan.overlap, xs);
    plan.rowStarts = breaks(content.top(), content.bottom(), h, plan.overlap, ys);
    plan.columns = static_cast<int>(plan.columnStarts.size());
    plan.rows = static_cast<int>(plan.rowStarts.size());
    for (int r = 0; r < plan.rows; ++r) {
        for (int c = 0; c < plan.columns; ++c) {
            Tile t;
            t.column = c;
            t.row = r;
            t.source = QRectF(plan.columnStarts.at(c), plan.rowStarts.at(r), w, h);
            plan.tiles << t;
        }
    }
    return plan;
}

} // namespace PageTiling
} // namespace el
