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

namespace {

// The cards' extents along one axis, ready to answer "which card does this page edge cut?"
// quickly: sorted by where they begin, with the furthest end reached so far.
class Spans
{
public:
    explicit Spans(QList<QPair<double, double>> spans)
    {
        std::sort(spans.begin(), spans.end());
        double reach = -HUGE_VAL;
        for (const auto &[from, to] : spans) {
            reach = std::max(reach, to);
            m_from << from;
            m_reach << reach;
        }
    }

    // The first beginning of a card that starts before edge and ends after it.
    std::optional<double> firstCut(double edge) const
    {
        const auto it = std::upper_bound(m_reach.begin(), m_reach.end(), edge);
        if (it == m_reach.end())
            return std::nullopt;
        const double from = m_from.at(it - m_reach.begin());
        if (from >= edge)
            return std::nullopt;
        return from;
    }

private:
    QList<double> m_from;
    QList<double> m_reach;
};

// Where the tile after one beginning at at (length long, so ending at at + length) begins,
// wanting to begin at want: back before any card its edge cuts, but on by a third of a tile.
double nextStart(double at, double length, double want, const Spans &cards)
{
    double next = want;
    if (const auto from = cards.firstCut(at + length))
        next = std::min(next, *from - 8);
    // Always move on by at least a third of a page, even past a card taller than that.
    return next < at + length / 3 ? want : next;
}

QList<double> greedyBreaks(double start, double end, double page, double overlap,
                           const Spans &cards)
{
    QList<double> starts{start};
    double at = start;
    while (at + page < end - 1e-6) {
        at = nextStart(at, page, at + page - overlap, cards);
        starts << at;
    }
    return starts;
}

std::optional<QList<double>> spreadBreaks(double start, double end, double length, int count,
                                          double overlap, const Spans &cards)
{
    QList<double> starts{start};
    double at = start;
    const double last = std::max(start, end - length);
    for (int k = 1; k < count; ++k) {
        const double even = start + (last - start) * k / (count - 1);
        at = nextStart(at, length, std::min(even, at + length - overlap), cards);
        starts << at;
    }
    if (at + length < end - 1e-6)
        return std::nullopt;
    return starts;
}

struct Axis
{
    QList<double> starts;
    double length = 0;
};

// The tiles along one axis: as few as pages of length page allow, each as short as it can be
// (but at least minTileFill of a page) so that the diagram spreads evenly over them.
Axis planAxis(double start, double end, double page, double overlap, const Spans &cards)
{
    const QList<double> greedy = greedyBreaks(start, end, page, overlap, cards);
    const auto fewest = static_cast<int>(greedy.size());
    if (fewest == 1) // one tile, just as long as the diagram
        return {greedy, std::max(end - start, 1.0)};
    // Cards can push breaks back so far that one more tile is needed; a couple more at most.
    for (int n = fewest; n <= fewest + 2; ++n) {
        const double even = (end - start + (n - 1) * overlap) / n;
        double low = std::min(page, std::max(even, minTileFill * page));
        if (auto starts = spreadBreaks(start, end, low, n, overlap, cards))
            return {*starts, low};
        double high = page;
        auto best = spreadBreaks(start, end, high, n, overlap, cards);
        if (!best)
            continue;
        for (int i = 0; i < 20; ++i) {
            const double mid = (low + high) / 2;
            if (auto starts = spreadBreaks(start, end, mid, n, overlap, cards)) {
                high = mid;
                best = std::move(starts);
            } else {
                low = mid;
            }
        }
        return {*best, high};
    }
    return {greedy, page};
}

QList<QPair<double, double>> spansAlong(const QList<QRectF> &cards, Qt::Orientation axis)
{
    QList<QPair<double, double>> spans;
    spans.reserve(cards.size());
    for (const QRectF &c : cards) {
        spans << (axis == Qt::Horizontal ? qMakePair(c.left(), c.right())
                                         : qMakePair(c.top(), c.bottom()));
    }
    return spans;
}

TilePlan tileWith(const QRectF &content, const QSizeF &area, double scale, double overlapPoints,
                  const Spans &xs, const Spans &ys)
{
    TilePlan plan;
    plan.scale = scale;
    const double w = area.width() / scale;
    const double h = area.height() / scale;
    // The overlap never takes more than a third of a page.
    plan.overlap = std::min(overlapPoints / scale, std::min(w, h) / 3);
    const Axis across = planAxis(content.left(), content.right(), w, plan.overlap, xs);
    const Axis down = planAxis(content.top(), content.bottom(), h, plan.overlap, ys);
    plan.columnStarts = across.starts;
    plan.rowStarts = down.starts;
    plan.tileSize = QSizeF(across.length, down.length);
    plan.columns = static_cast<int>(plan.columnStarts.size());
    plan.rows = static_cast<int>(plan.rowStarts.size());
    for (int r = 0; r < plan.rows; ++r) {
        for (int c = 0; c < plan.columns; ++c) {
            Tile t;
            t.column = c;
            t.row = r;
            t.source
                = QRectF(QPointF(plan.columnStarts.at(c), plan.rowStarts.at(r)), plan.tileSize);
            plan.tiles << t;
        }
    }
    return plan;
}

} // namespace

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
    return fitScale(content, area) < readableScale();
}

double readableScale()
{
    return minimumTextPoints / titlePixelSize;
}

double tileScale(const QRectF &content, const QSizeF &area, double preferred, double lowest,
                 double highest, double overlapPoints, const QList<QRectF> &cards)
{
    const Spans xs(spansAlong(cards, Qt::Horizontal));
    const Spans ys(spansAlong(cards, Qt::Vertical));
    lowest = std::max(lowest, std::min(preferred, readableScale()));
    highest = std::max(highest, preferred);
    auto pagesAt = [&](double scale) {
        const TilePlan p = tileWith(content, area, scale, overlapPoints, xs, ys);
        return p.columns * p.rows;
    };
    // The scale at which tiles tiles of room points, overlapping, just cover length scene units.
    auto filling = [&](int tiles, double length, double room) {
        if (tiles < 1 || length <= 0)
            return 0.0;
        return (tiles * room - (tiles - 1) * overlapPoints) / length;
    };
    const TilePlan asked = tileWith(content, area, preferred, overlapPoints, xs, ys);
    double best = preferred;
    int fewest = asked.columns * asked.rows;
    // Smaller, when a column or a row fewer would do. Cards moving page breaks back can take a
    // little more room: a little smaller is tried too.
    const double columns = filling(asked.columns - 1, content.width(), area.width());
    const double rows = filling(asked.rows - 1, content.height(), area.height());
    for (double candidate : {columns, rows, std::min(columns, rows)}) {
        for (double slack : {1.0, 0.98, 0.96}) {
            const double scale = candidate * slack;
            if (scale < lowest || scale >= preferred)
                continue;
            const int pages = pagesAt(scale);
            if (pages < fewest || (pages == fewest && scale > best)) {
                best = scale;
                fewest = pages;
            }
        }
    }
    // Larger, as far as the same pages allow: the diagram fills its columns or its rows.
    const TilePlan chosen = tileWith(content, area, best, overlapPoints, xs, ys);
    const double across = filling(chosen.columns, content.width(), area.width());
    const double down = filling(chosen.rows, content.height(), area.height());
    const double start = best;
    for (double candidate : {across, down, std::min(across, down), highest}) {
        for (double slack : {1.0, 0.98, 0.96}) {
            const double scale = std::min(candidate * slack, highest);
            if (scale > best && scale > start && pagesAt(scale) <= fewest)
                best = scale;
        }
    }
    return best;
}

QList<double> breaks(double start, double end, double page, double overlap,
                     const QList<QPair<double, double>> &cards)
{
    return greedyBreaks(start, end, page, overlap, Spans(cards));
}

std::optional<QList<double>> spread(double start, double end, double length, int count,
                                    double overlap, const QList<QPair<double, double>> &cards)
{
    return spreadBreaks(start, end, length, count, overlap, Spans(cards));
}

TilePlan tile(const QRectF &content, const QSizeF &area, double scale, double overlapPoints,
              const QList<QRectF> &cards)
{
    return tileWith(content, area, scale, overlapPoints, Spans(spansAlong(cards, Qt::Horizontal)),
                    Spans(spansAlong(cards, Qt::Vertical)));
}

} // namespace PageTiling
} // namespace el
