#include "export/ReportPager.h"

#include "export/PageDecoration.h"

#include <QCoreApplication>
#include <QPainter>
#include <QPdfWriter>

namespace el {

ReportPager::ReportPager(QPdfWriter *writer, QPainter *painter, const QString &footer)
    : m_writer(writer)
    , m_painter(painter)
    , m_footer(footer)
{
    m_page = 1;
    beginPage();
}

void ReportPager::beginPage()
{
    m_size = m_writer->pageLayout().paintRect(QPageLayout::Point).size();
    m_painter->resetTransform();
    const double toDevice = m_writer->resolution() / 72.0;
    m_painter->scale(toDevice, toDevice);
    m_y = 0;
}

void ReportPager::newPage(QPageLayout::Orientation orientation)
{
    paintFooter();
    m_progress.tell(m_page, m_total);
    if (m_writer->pageLayout().orientation() != orientation)
        m_writer->setPageOrientation(orientation);
    m_writer->newPage();
    ++m_page;
    m_footerVisible = true;
    beginPage();
}

void ReportPager::breakPage()
{
    newPage(m_writer->pageLayout().orientation());
}

void ReportPager::ensure(double height)
{
    if (m_y + height > bottom() && m_y > 0)
        breakPage();
}

void ReportPager::finish()
{
    paintFooter();
    m_progress.tell(m_page, m_total);
}

void ReportPager::paintFooter()
{
    if (!m_footerVisible)
        return;
    QPainter *p = m_painter;
    p->save();
    const double top = m_size.height() - footerHeight + 8;
    p->setPen(QPen(QColor(0xc8, 0xcf, 0xd8), 0.6));
    p->drawLine(QPointF(0, top), QPointF(m_size.width(), top));
    p->setFont(PageDecoration::font(8));
    p->setPen(QColor(0x6b, 0x77, 0x87));
    const QRectF text(0, top + 3, m_size.width(), footerHeight - 11);
    p->drawText(text, Qt::AlignLeft | Qt::AlignVCenter, m_footer);
    const QString number
        = m_total > 0 ? QCoreApplication::translate("el::ReportPager", "Page %1 of %2")
                            .arg(m_page)
                            .arg(m_total)
                      : QCoreApplication::translate("el::ReportPager", "Page %1").arg(m_page);
    p->drawText(text, Qt::AlignRight | Qt::AlignVCenter, number);
    p->restore();
}

} // namespace el
