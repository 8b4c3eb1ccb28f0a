#include "panels/PrincipleHeaderView.h"

#include <QEvent>
#include <QFontMetrics>
#include <QIcon>
#include <QPainter>
#include <QStyleOptionHeader>

namespace el {

namespace {
constexpr int padding = 4; // around the chip and the text
constexpr int chipSize = 16;
} // namespace

PrincipleHeaderView::PrincipleHeaderView(QWidget *parent)
    : QHeaderView(Qt::Horizontal, parent)
{
    setSectionsClickable(true);
    setHighlightSections(true);
}

void PrincipleHeaderView::showEvent(QShowEvent *event)
{
    fitToHeadings();
    QHeaderView::showEvent(event);
}

void PrincipleHeaderView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::FontChange || event->type() == QEvent::StyleChange)
        fitToHeadings();
    QHeaderView::changeEvent(event);
}

void PrincipleHeaderView::fitToHeadings()
{
    setMinimumSectionSize(narrowestSection());
    // The height follows the headings' wrapped height in this font.
    if (model() && count() > 0)
        headerDataChanged(orientation(), 0, count() - 1);
}

QFont PrincipleHeaderView::labelFont() const
{
    QFont f = font();
    f.setPointSizeF(f.pointSizeF() * 0.92);
    return f;
}

QString PrincipleHeaderView::label(int logicalIndex) const
{
    return model() ? model()->headerData(logicalIndex, orientation(), Qt::DisplayRole).toString()
                   : QString();
}

int PrincipleHeaderView::narrowestSection() const
{
    const QFontMetrics metrics(labelFont());
    int widest = chipSize;
    for (int i = 0; model() && i < count(); ++i) {
        for (const QString &word : label(i).split(QLatin1Char(' '), Qt::SkipEmptyParts))
            widest = std::max(widest, metrics.horizontalAdvance(word));
    }
    return widest + 2 * padding + 2; // the text's padding each side, and a pixel of rounding
}

int PrincipleHeaderView::labelHeight(int logicalIndex, int width) const
{
    const QFontMetrics metrics(labelFont());
    return metrics
        .boundingRect(QRect(0, 0, std::max(1, width - 2 * padding), 1000),
                      Qt::AlignHCenter | Qt::TextWordWrap, label(logicalIndex))
        .height();
}

QSize PrincipleHeaderView::sectionSizeFromContents(int logicalIndex) const
{
    const int width = narrowestSection();
    // The height that fits the longest label at the narrowest width, the same for every column.
    int text = 0;
    for (int i = 0; model() && i < count(); ++i)
        text = std::max(text, labelHeight(i, width));
    Q_UNUSED(logicalIndex);
    return {width, padding + chipSize + padding + text + padding};
}

void PrincipleHeaderView::paintSection(QPainter *painter, const QRect &rect, int logicalIndex) const
{
    if (!rect.isValid())
        return;
    // The section's frame and background as the style draws them, without its text.
    QStyleOptionHeader option;
    initStyleOption(&option);
    option.rect = rect;
    option.section = logicalIndex;
    option.text.clear();
    option.icon = QIcon();
    if (selectionModel() && highlightSections()
        && selectionModel()->columnIntersectsSelection(logicalIndex, rootIndex()))
        option.state |= QStyle::State_On;
    // The style may leave a clip behind (Fusion does, for the text it was not given).
    painter->save();
    style()->drawControl(QStyle::CE_Header, &option, painter, this);
    painter->restore();

    painter->save();
    const QIcon chip
        = model()->headerData(logicalIndex, orientation(), Qt::DecorationRole).value<QIcon>();
    const QRect chipRect(rect.center().x() - chipSize / 2, rect.top() + padding, chipSize,
                         chipSize);
    chip.paint(painter, chipRect);
    painter->setFont(labelFont());
    painter->setPen(palette().color(QPalette::ButtonText));
    const QRect textRect(rect.left() + padding, chipRect.bottom() + padding,
                         rect.width() - 2 * padding, rect.bottom() - chipRect.bottom() - padding);
    painter->drawText(textRect, Qt::AlignHCenter | Qt::AlignTop | Qt::TextWordWrap,
                      label(logicalIndex));
    painter->restore();
}

} // namespace el
