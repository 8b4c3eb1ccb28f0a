#pragma once
// Small text-layout helpers for the report's pages, in points: wrapped paragraphs, headings and
// the look shared by the report's sections.
#include "export/TableFlow.h"

#include <QColor>
#include <QFont>
#include <QString>

class QPainter;

namespace el {

class ReportPager;

namespace ReportText {

inline const QColor ink(0x1f, 0x29, 0x37);
inline const QColor muted(0x5b, 0x66, 0x75);
inline const QColor accent(0x1d, 0x4e, 0x89);
inline const QColor rule(0xd5, 0xdb, 0xe3);
inline const QColor shade(0xf3, 0xf5, 0xf8);

// Height of text wrapped to width.
double height(const QString &text, const QFont &font, double width);
// Draws text wrapped to width at (x, y); returns its height.
double draw(QPainter *painter, const QString &text, const QFont &font, const QColor &colour,
            double x, double y, double width);
// A paragraph at the pager's cursor, breaking the page first when it does not fit.
void paragraph(ReportPager &pager, const QString &text, const QFont &font,
               const QColor &colour = ink, double indent = 0, double spaceAfter = 4);
// A section heading with a rule beneath, kept with at least keepWith points of what follows.
void heading(ReportPager &pager, const QString &text, int level, double keepWith = 60);
// The points a heading takes with its spacing and rule, at the top of a page or below text.
double headingHeight(double width, const QString &text, int level, bool atTop);
// How a table's rows may flow from the pager's cursor: lead points (its heading) come first on
// this page, or leadAtTop when the table moves to a new page, then a column header of header
// points on every page.
TableFlow tableFlow(const ReportPager &pager, double lead, double leadAtTop, double header);
// The rows (their heights) that begin a new page under flow; when the table is to start on a
// new page, it starts one first.
QList<int> placeTable(ReportPager &pager, const TableFlow &flow, const QList<double> &rows);

} // namespace ReportText
} // namespace el
