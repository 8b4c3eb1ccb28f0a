#include "canvas/GroupBandItem.h"

#include "canvas/CanvasStyle.h"

#include <QFontMetricsF>
#include <QPainter>
#include <QStyleOptionGraphicsItem>

namespace el {

namespace {
constexpr double labelHeight = 30.0;

QColor bandColour(int index)
{
    static const QColor colours[]
        = {QColor(0x4c, 0x6e, 0xb1), QColor(0x9c, 0x5b, 0x8f), QColor(0x3c, 0x8d, 0x86),
           QColor(0xa0, 0x73, 0x2f), QColor(0x6d, 0x6a, 0xb8), QColor(0x5e, 0x86, 0x3e)};
    return colours[index % 6];
}
} // namespace

GroupBandItem::GroupBandItem(const QString &name, int index)
    : m_name(name)
    , m_index(index)
{
    setZValue(-50);
    setAcceptedMouseButtons(Qt::NoButton);
}

void GroupBandItem::setGeometry(const QRectF &rect)
{
    if (rect == m_rect)
        return;
    prepareGeometryChange();
    m_rect = rect;
}

QRectF GroupBandItem::boundingRect() const
{
    return m_rect.adjusted(-1, -labelHeight - 1, 1, 1);
}

void GroupBandItem::paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *)
{
    const double lod = option->levelOfDetailFromTransform(painter->worldTransform());
    const QColor c = bandColour(m_index);
    painter->setRenderHint(QPainter::Antialiasing, true);
    QColor fill = c;
    fill.setAlpha(16);
    QColor edge = c;
    edge.setAlpha(110);
    painter->setPen(QPen(edge, 1, Qt::DashLine));
    painter->setBrush(fill);
    painter->drawRoundedRect(m_rect, 10, 10);

    QFont font = CanvasStyle::bandLabelFont();
    if (lod < 0.75)
        font.setPixelSize(static_cast<int>(std::min(36.0, font.pixelSize() * 0.6 / lod)));
    painter->setFont(font);
    const QFontMetricsF fm(font);
    const QString text = fm.elidedText(m_name, Qt::ElideRight, m_rect.width() - 24);
    const QRectF label(m_rect.left() + 10, m_rect.top() - fm.height() * 0.5,
                       fm.horizontalAdvance(text) + 16, fm.height());
    painter->setPen(Qt::NoPen);
    painter->setBrush(c);
    painter->drawRoundedRect(label, label.height() / 2, label.height() / 2);
    painter->setPen(Qt::white);
    painter->drawText(label, Qt::AlignCenter, text);
}

} // namespace el
