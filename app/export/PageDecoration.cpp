#include "export/PageDecoration.h"

#include "export/DateText.h"
#include "principles/PrincipleCatalogue.h"

#include <QCoreApplication>
#include <QDate>
#include <QFontMetricsF>
#include <QPainter>

namespace el::PageDecoration {

namespace {
const QColor ink(0x1f, 0x29, 0x37);
const QColor muted(0x6b, 0x77, 0x87);
const QColor rule(0xc8, 0xcf, 0xd8);
constexpr double headerHeight = 30;
constexpr double footerHeight = 14;
constexpr double legendGap = 6;
constexpr double chipSize = 10;
} // namespace

QFont font(int points, QFont::Weight weight)
{
    QFont f(QStringLiteral("DejaVu Sans"));
    f.setStyleHint(QFont::SansSerif);
    f.setPixelSize(points);
    f.setWeight(weight);
    f.setHintingPreference(QFont::PreferNoHinting);
    return f;
}

QString today()
{
    return DateText::longDate(QDate::currentDate());
}

void paintChip(QPainter *painter, const QPointF &centre, double diameter, int principle)
{
    const Principle &p = PrincipleCatalogue::principle(principle);
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing, true);
    painter->setPen(Qt::NoPen);
    painter->setBrush(QColor::fromRgba(p.rgba));
    const QRectF r(centre.x() - diameter / 2, centre.y() - diameter / 2, diameter, diameter);
    painter->drawEllipse(r);
    painter->setPen(Qt::white);
    painter->setFont(font(std::max(5, static_cast<int>(diameter * 0.7)), QFont::Bold));
    painter->drawText(r, Qt::AlignCenter, QString::number(principle));
    painter->restore();
}

double paintLegend(QPainter *painter, const QPointF &topLeft, double width,
                   const QList<int> &principles)
{
    if (principles.isEmpty())
        return 0;
    const QFont f = font(8);
    const QFontMetricsF fm(f);
    const double line = chipSize + 4;
    double x = topLeft.x();
    double y = topLeft.y();
    const QString heading = QCoreApplication::translate("el::PageDecoration", "Marmot principles:");
    const double headingWidth = QFontMetricsF(font(8, QFont::DemiBold)).horizontalAdvance(heading);
    if (painter) {
        painter->setFont(font(8, QFont::DemiBold));
        painter->setPen(ink);
        painter->drawText(QPointF(x, y + chipSize - 1.5), heading);
    }
    x += headingWidth + 6;
    for (int n : principles) {
        const QString label = PrincipleCatalogue::principle(n).shortLabel;
        const double w = chipSize + 3 + fm.horizontalAdvance(label) + 10;
        if (x + w > topLeft.x() + width && x > topLeft.x() + headingWidth + 6) {
            x = topLeft.x() + headingWidth + 6;
            y += line;
        }
        if (painter) {
            paintChip(painter, QPointF(x + chipSize / 2, y + chipSize / 2), chipSize, n);
            painter->setFont(f);
            painter->setPen(ink);
            painter->drawText(QPointF(x + chipSize + 3, y + chipSize - 1.5), label);
        }
        x += w;
    }
    return y - topLeft.y() + line;
}

QRectF paintFrame(QPainter *painter, const QSizeF &page, const PageFrameText &text,
                  const QList<int> &principles)
{
    painter->save();
    const double w = page.width();
    // Header: project and model on the left, the date on the right, a rule beneath.
    painter->setPen(ink);
    painter->setFont(font(12, QFont::Bold));
    const QFontMetricsF titleMetrics(painter->font());
    const double dateWidth = QFontMetricsF(font(9)).horizontalAdvance(text.date) + 12;
    painter->drawText(QPointF(0, 12),
                      titleMetrics.elidedText(text.model, Qt::ElideRight, w - dateWidth));
    painter->setFont(font(9));
    painter->setPen(muted);
    painter->drawText(
        QPointF(0, 24),
        QFontMetricsF(painter->font()).elidedText(text.project, Qt::ElideRight, w - dateWidth));
    painter->drawText(QRectF(w - dateWidth, 0, dateWidth, 14), Qt::AlignRight | Qt::AlignBottom,
                      text.date);
    painter->setPen(QPen(rule, 0.6));
    painter->drawLine(QPointF(0, headerHeight - 2), QPointF(w, headerHeight - 2));

    // Footer: the page's label and number, a rule above.
    const double footerTop = page.height() - footerHeight;
    painter->drawLine(QPointF(0, footerTop), QPointF(w, footerTop));
    painter->setFont(font(8));
    painter->setPen(muted);
    painter->drawText(QRectF(0, footerTop + 2, w / 2, footerHeight - 2),
                      Qt::AlignLeft | Qt::AlignVCenter, text.pageLabel);
    painter->drawText(QRectF(w / 2, footerTop + 2, w / 2, footerHeight - 2),
                      Qt::AlignRight | Qt::AlignVCenter, text.pageNumber);

    // The legend just above the footer.
    const double legendHeight = paintLegend(nullptr, QPointF(), w, principles);
    const double legendTop = footerTop - legendGap - legendHeight;
    paintLegend(painter, QPointF(0, legendTop), w, principles);
    painter->restore();
    const double bottom = principles.isEmpty() ? footerTop - legendGap : legendTop - legendGap;
    return QRectF(0, headerHeight + legendGap, w, bottom - headerHeight - legendGap);
}

} // namespace el::PageDecoration
