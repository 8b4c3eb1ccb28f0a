#include "canvas/CardText.h"

#include "canvas/CanvasStyle.h"

#include <QFontMetricsF>
#include <QPainter>
#include <QTextOption>

namespace el {

using namespace CanvasStyle;

namespace {
// Lays the text out in lines of the given width; returns the height it takes.
double layoutLines(QTextLayout &layout, double width)
{
    QTextOption option;
    option.setWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
    layout.setTextOption(option);
    // Tighter than the font's own spacing: these lines are short and read at a glance.
    const double lineHeight = layout.font().pixelSize() * 1.08;
    double y = 0;
    layout.beginLayout();
    for (QTextLine line = layout.createLine(); line.isValid(); line = layout.createLine()) {
        line.setLineWidth(width);
        line.setPosition(QPointF(0, y));
        y += lineHeight;
    }
    layout.endLayout();
    return y;
}
} // namespace

CardText::CardText() = default;

CardText::~CardText() = default;

void CardText::layoutTitle(const QString &shown)
{
    QTextOption option;
    option.setWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
    auto layout = std::make_unique<QTextLayout>(shown, titleFont());
    layout->setTextOption(option);
    layout->setCacheEnabled(true);
    const double lineHeight = QFontMetricsF(titleFont()).lineSpacing();
    double y = 0;
    layout->beginLayout();
    for (QTextLine line = layout->createLine(); line.isValid(); line = layout->createLine()) {
        line.setLineWidth(cardTextWidth);
        line.setPosition(QPointF(0, y));
        y += lineHeight;
    }
    layout->endLayout();
    m_titleLayout = std::move(layout);
    m_titleHeight = y;
}

void CardText::layoutSummary(const QString &shown, double room)
{
    m_room = room;
    const double width = cardWidth - accentWidth - 8;

    // The whole title in the largest font (between the card's own and the summary's) that
    // fits: a binary search over whole pixel sizes.
    QFont font = summaryFont();
    font.setWeight(QFont::Normal); // narrower than the summary's weight: more words per line
    font.setStretch(QFont::Condensed);
    int lo = 10;
    int hi = summaryFont().pixelSize();
    std::unique_ptr<QTextLayout> best;
    double bestHeight = 0;
    while (lo <= hi) {
        const int mid = (lo + hi) / 2;
        font.setPixelSize(mid);
        auto layout = std::make_unique<QTextLayout>(shown, font);
        const double h = layoutLines(*layout, width);
        if (h <= room) {
            best = std::move(layout);
            bestHeight = h;
            m_fitPixels = mid;
            lo = mid + 1;
        } else {
            hi = mid - 1;
        }
    }
    if (best) {
        best->setCacheEnabled(true);
        m_fitLayout = std::move(best);
        m_fitHeight = bestHeight;
    } else {
        m_fitLayout.reset();
        m_fitPixels = 0;
        m_fitHeight = 0;
    }

    // The shortened title: as many summary-font lines as fit, the last one elided.
    m_summaryLines.clear();
    const QFontMetricsF fm(summaryFont());
    const int maxLines = std::max(1, static_cast<int>(room / fm.lineSpacing()));
    QTextOption option;
    option.setWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
    QTextLayout big(shown, summaryFont());
    big.setTextOption(option);
    big.beginLayout();
    QTextLine line = big.createLine();
    while (line.isValid()) {
        line.setLineWidth(cardTextWidth);
        if (m_summaryLines.size() == maxLines - 1) {
            const QString rest = shown.mid(line.textStart()).simplified();
            m_summaryLines << fm.elidedText(rest, Qt::ElideRight, cardTextWidth);
            break;
        }
        m_summaryLines << shown.mid(line.textStart(), line.textLength()).trimmed();
        line = big.createLine();
    }
    big.endLayout();
}

bool CardText::wholeTitleReadable(double lod) const
{
    return lod >= minimumTextDetail && m_fitLayout && m_fitPixels * lod >= minimumTextPixels;
}

void CardText::drawTitle(QPainter *painter, const QPointF &topLeft) const
{
    m_titleLayout->draw(painter, topLeft);
}

void CardText::drawSummary(QPainter *painter, double lod) const
{
    if (wholeTitleReadable(lod)) {
        // The whole title, wrapped, as large as the card allows.
        m_fitLayout->draw(painter, QPointF(accentWidth + 4, 3 + (m_room - m_fitHeight) / 2));
        return;
    }
    painter->setFont(summaryFont());
    const QFontMetricsF fm(summaryFont());
    double y = 3 + (m_room - m_summaryLines.size() * fm.lineSpacing()) / 2 + fm.ascent();
    for (const QString &line : m_summaryLines) {
        painter->drawText(QPointF(cardTextLeft - 4, y), line);
        y += fm.lineSpacing();
    }
}

} // namespace el
