#include "export/ReportText.h"

#include "export/PageDecoration.h"
#include "export/ReportPager.h"

#include <QFontMetricsF>
#include <QPainter>

namespace el::ReportText {

double height(const QString &text, const QFont &font, double width)
{
    if (text.isEmpty())
        return 0;
    const QFontMetricsF fm(font);
    return fm.boundingRect(QRectF(0, 0, width, 1e6), Qt::TextWordWrap, text).height();
}

double draw(QPainter *painter, const QString &text, const QFont &font, const QColor &colour,
            double x, double y, double width)
{
    const double h = height(text, font, width);
    if (h <= 0)
        return 0;
    painter->setFont(font);
    painter->setPen(colour);
    painter->drawText(QRectF(x, y, width, h + 1), Qt::TextWordWrap | Qt::AlignLeft, text);
    return h;
}

void paragraph(ReportPager &pager, const QString &text, const QFont &font, const QColor &colour,
               double indent, double spaceAfter)
{
    const double w = pager.width() - indent;
    const double h = height(text, font, w);
    pager.ensure(h);
    draw(pager.painter(), text, font, colour, indent, pager.y(), w);
    pager.advance(h + spaceAfter);
}

namespace {
QFont headingFont(int level)
{
    return PageDecoration::font(level == 1 ? 18 : level == 2 ? 13 : 11, QFont::Bold);
}

double spaceBefore(int level, bool atTop)
{
    return atTop ? 0 : (level == 1 ? 14 : 10);
}
} // namespace

double headingHeight(double width, const QString &text, int level, bool atTop)
{
    return spaceBefore(level, atTop) + height(text, headingFont(level), width) + 3 + 8;
}

void heading(ReportPager &pager, const QString &text, int level, double keepWith)
{
    const QFont font = headingFont(level);
    const double h = height(text, font, pager.width());
    pager.ensure(headingHeight(pager.width(), text, level, pager.y() <= 0) + keepWith);
    pager.advance(spaceBefore(level, pager.y() <= 0));
    draw(pager.painter(), text, font, level == 1 ? accent : ink, 0, pager.y(), pager.width());
    pager.advance(h + 3);
    if (level <= 2) {
        pager.painter()->setPen(QPen(level == 1 ? accent : rule, level == 1 ? 1.2 : 0.6));
        pager.painter()->drawLine(QPointF(0, pager.y()), QPointF(pager.width(), pager.y()));
    }
    pager.advance(8);
}

TableFlow tableFlow(const ReportPager &pager, double lead, double leadAtTop, double header)
{
    TableFlow flow;
    flow.room = pager.remaining() - lead - header;
    flow.pageRoom = pager.bottom() - header;
    flow.headingRoom = pager.bottom() - leadAtTop - header;
    return flow;
}

QList<int> placeTable(ReportPager &pager, const TableFlow &flow, const QList<double> &rows)
{
    QList<int> breaks = flow.breaks(rows);
    if (!breaks.isEmpty() && breaks.first() == 0) {
        pager.breakPage();
        breaks.removeFirst();
    }
    return breaks;
}

} // namespace el::ReportText
