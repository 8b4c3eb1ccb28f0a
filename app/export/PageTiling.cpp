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

TilePlan tile(const QRectF &content, const QSizeF &area, double scale, double overlapPoints)
{
    TilePlan plan;
    plan.scale = scale;
    const double w = area.width() / scale;
    const double h = area.height() / scale;
    // The overlap never takes more than a third of a page.
    plan.overlap = std::min(overlapPoints / scale, std::min(w, h) / 3);
    const double stepX = w - plan.overlap;
    const double stepY = h - plan.overlap;
    auto count = [](double extent, double page, double step) {
        if (extent <= page)
            return 1;
        return 1 + static_cast<int>(std::ceil((extent - page) / step - 1e-9));
    };
    plan.columns = count(content.width(), w, stepX);
    plan.rows = count(content.height(), h, stepY);
    for (int r = 0; r < plan.rows; ++r) {
        for (int c = 0; c < plan.columns; ++c) {
            Tile t;
            t.column = c;
            t.row = r;
            t.source = QRectF(content.left() + c * stepX, content.top() + r * stepY, w, h);
            plan.tiles << t;
        }
    }
    return plan;
}

} // namespace PageTiling
} // namespace el
