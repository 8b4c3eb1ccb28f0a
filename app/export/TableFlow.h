#pragma once
// Where a report table's rows fall on pages: as many rows on a page as fit, but the table's
// heading kept with its first few rows and no row left alone at the end of the table. Pure
// arithmetic on heights in points; the sections paint what it decides.
#include <QList>

namespace el {

struct TableFlow
{
    // Points for rows left on the current page, below the table's heading and column header.
    double room = 0;
    // Points for rows on a new page that starts with the repeated column header.
    double pageRoom = 0;
    // Points for rows on a new page that starts with the heading and the column header (when
    // the whole table moves on).
    double headingRoom = 0;
    // Rows kept with the heading, and the fewest rows that may end a table on a page of its own.
    int keepFirst = 3;
    int keepLast = 2;

    // The rows (their heights) that begin a new page, in order. A first 0 means the heading
    // and the first rows go to a new page together.
    QList<int> breaks(const QList<double> &rows) const;

private:
    struct Placed
    {
        QList<int> breaks;
        bool orphan = false; // the last page holds fewer than keepLast rows
    };
    // The breaks with the heading staying on this page or moving on to the next.
    Placed flow(const QList<double> &rows, bool moveOn) const;
};

} // namespace el
