#include "canvas/ColumnItem.h"

#include "canvas/CanvasStyle.h"
#include "canvas/ModelScene.h"

#include <QCoreApplication>
#include <QFontMetricsF>
#include <QPainter>
#include <QStyleOptionGraphicsItem>

namespace el {

using namespace CanvasStyle;

namespace {
// Headers grow upward at low zoom so their titles stay readable; this much room is kept above.
constexpr double headerOverflow = 90.0;
} // namespace

ColumnItem::ColumnItem(NodeKind kind, int index)
    : m_kind(kind)
    , m_index(index)
{
    setZValue(-100);
    setAcceptedMouseButtons(Qt::NoButton);
}

void ColumnItem::setGeometry(const QRectF &rect, bool collapsed)
{
    if (rect == m_rect && collapsed == m_collapsed)
        return;
    prepareGeometryChange();
    m_rect = rect;
    m_collapsed = collapsed;
    update();
}

void ColumnItem::setCount(int count)
{
    if (count == m_count)
        return;
    m_count = count;
    update();
}

QString ColumnItem::headerText() const
{
    return nodeKindTitle(m_kind);
}

QRectF ColumnItem::boundingRect() const
{
    return m_rect.adjusted(-1, -headerOverflow, 1, 1);
}

QString ColumnItem::hint() const
{
    const auto *s = dynamic_cast<const ModelScene *>(scene());
    if (m_count > 0 || m_collapsed || !s || s->isPrintMode() || !s->isEditable())
        return {};
    return isAnnotation(m_kind)
               ? QCoreApplication::translate("el::ColumnItem", "Double-click to add one")
               : QCoreApplication::translate("el::ColumnItem", "Double-click to add a card");
}

void ColumnItem::paintHint(QPainter *painter, const QRectF &header, double lod) const
{
    const QString text = hint();
    if (text.isEmpty())
        return;
    painter->save();
    QFont font = headerFont();
    font.setWeight(QFont::Normal);
    font.setItalic(true);
    // About 11 pixels on screen at any zoom.
    font.setPixelSize(std::max(8, static_cast<int>(11 / std::max(lod, 0.05))));
    painter->setFont(font);
    painter->setPen(mutedTextColour());
    const QRectF body(m_rect.left() + 8, header.bottom() + 8, m_rect.width() - 16,
                      m_rect.bottom() - header.bottom() - 16);
    painter->drawText(body, Qt::AlignHCenter | Qt::AlignTop | Qt::TextWordWrap, text);
    painter->restore();
}

void ColumnItem::paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *)
{
    const double lod = option->levelOfDetailFromTransform(painter->worldTransform());
    const bool annotation = isAnnotation(m_kind);
    const QColor accent = kindColour(m_kind);
    painter->setRenderHint(QPainter::Antialiasing, true);

    painter->setPen(Qt::NoPen);
    painter->setBrush(annotation ? QColor(0xf7, 0xf3, 0xea) : columnBackground(m_index));
    painter->drawRoundedRect(m_rect, 8, 8);

    const QRectF header(m_rect.left(), m_rect.top(), m_rect.width(),
                        annotation ? bandHeaderHeight : headerHeight);
    // A coloured rule under the header ties the column to its cards' accent.
    painter->setBrush(accent);
    if (m_collapsed)
        painter->drawRect(QRectF(header.left() + 6, header.top() + 4, header.width() - 12, 3));
    else
        painter->drawRect(QRectF(header.left() + 6, header.bottom() - 3, header.width() - 12, 3));

    QFont font = headerFont();
    // Keep the title about 10 pixels high on screen when zoomed out.
    if (lod < 0.75)
        font.setPixelSize(static_cast<int>(std::min(40.0, font.pixelSize() * 0.6 / lod)));
    painter->setFont(font);
    painter->setPen(accent.darker(135));
    const QFontMetricsF fm(font);
    if (m_collapsed) {
        QFont small = font;
        small.setPixelSize(std::max(11, font.pixelSize() - 3));
        small.setWeight(QFont::DemiBold);
        painter->setFont(small);
        painter->setPen(mutedTextColour());
        const QFontMetricsF sfm(small);
        painter->save();
        painter->translate(m_rect.center().x(), m_rect.top() + 14);
        painter->rotate(90);
        const QString text = sfm.elidedText(headerText(), Qt::ElideRight, m_rect.height() - 28);
        painter->drawText(QPointF(0, sfm.ascent() / 2 - sfm.descent() / 2), text);
        painter->restore();
        return;
    }
    paintHint(painter, header, lod);
    QString text = headerText();
    if (lod < 0.75) {
        // Zoomed out: a larger title, wrapped and growing upward out of the header.
        const QRectF area(header.left() + 8, header.top() - headerOverflow, header.width() - 16,
                          headerOverflow + header.height() - 10);
        painter->drawText(area, Qt::AlignLeft | Qt::AlignBottom | Qt::TextWordWrap, text);
        return;
    }
    // A title a little too long for a narrow (printed) column takes a smaller font before it
    // is ever shortened.
    const double room = header.width() - 42;
    QFont fitted = font;
    if (fm.horizontalAdvance(text) > room) {
        fitted.setPixelSize(
            std::max(11, static_cast<int>(font.pixelSize() * room / fm.horizontalAdvance(text))));
        painter->setFont(fitted);
    }
    const QFontMetricsF ffm(fitted);
    const double baseline = header.bottom() - 12 - fm.descent();
    const QString elided = ffm.elidedText(text, Qt::ElideRight, room);
    painter->drawText(QPointF(header.left() + 10, baseline), elided);
    if (m_count > 0) {
        QFont small = headerFont();
        small.setWeight(QFont::Normal);
        small.setPixelSize(12);
        painter->setFont(small);
        painter->setPen(mutedTextColour());
        painter->drawText(QRectF(header.right() - 34, header.top(), 26, header.height() - 12),
                          Qt::AlignRight | Qt::AlignVCenter, QString::number(m_count));
    }
}

} // namespace el
