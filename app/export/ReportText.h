#pragma once
// Small text-layout helpers for the report's pages, in points: wrapped paragraphs, headings and
// the look shared by the report's sections.
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

} // namespace ReportText
} // namespace el
