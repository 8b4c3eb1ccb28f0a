#include "export/TableFlow.h"

#include <algorithm>

namespace el {

namespace {
// How many rows from first on fit into space (at least one: a row taller than a page stands
// alone rather than never being placed).
int fitting(const QList<double> &rows, qsizetype first, double space)
{
    int count = 0;
    double used = 0;
    while (first + count < rows.size() && used + rows.at(first + count) <= space + 1e-6)
        used += rows.at(first + count++);
    return std::max(count, 1);
}

double total(const QList<double> &rows, qsizetype from)
{
    double sum = 0;
    for (qsizetype i = from; i < rows.size(); ++i)
        sum += rows.at(i);
    return sum;
}
} // namespace

QList<int> TableFlow::breaks(const QList<double> &rows) const
{
    const auto n = static_cast<int>(rows.size());
    if (n == 0)
        return {};
    // Fewer than the first few rows fit under the heading: heading and rows move on together
    // (unless a new page would have no more room than this one).
    const bool canMove = headingRoom > room + 1e-6;
    const int first = std::min(keepFirst, n);
    int fit = 0;
    double used = 0;
    while (fit < first && used + rows.at(fit) <= room + 1e-6)
        used += rows.at(fit++);
    if (fit < first && canMove)
        return flow(rows, true).breaks;
    const auto stay = flow(rows, false);
    // Too few rows to share two pages without one of them alone: all on the next page.
    if (!stay.orphan || !canMove)
        return stay.breaks;
    const auto moved = flow(rows, true);
    return moved.orphan ? stay.breaks : moved.breaks;
}

TableFlow::Placed TableFlow::flow(const QList<double> &rows, bool moveOn) const
{
    Placed out;
    const auto n = static_cast<int>(rows.size());
    double space = room;
    if (moveOn) {
        out.breaks << 0;
        space = headingRoom;
    }
    bool headingPage = true;
    int at = 0;
    while (true) {
        int count = fitting(rows, at, space);
        const int left = n - at - count;
        if (left <= 0)
            break;
        // The table would end with too few rows alone on the next page: send more of them
        // over, if this page keeps enough of its own and the next page has room for them.
        if (left < keepLast) {
            const int move = std::min(keepLast, n) - left;
            const int keep = headingPage ? std::min(keepFirst, n) : keepLast;
            if (count - move >= keep && total(rows, at + count - move) <= pageRoom + 1e-6)
                count -= move;
            else
                out.orphan = true;
        }
        at += count;
        out.breaks << at;
        space = pageRoom;
        headingPage = false;
    }
    return out;
}

} // namespace el
