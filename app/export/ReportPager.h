#pragma once
// The page flow of the report: a painter in points on a PDF writer, a cursor that moves down the
// page, page breaks when a block does not fit, and the footer with page numbers.
#include "export/WriteProgress.h"

#include <QPageLayout>
#include <QRectF>
#include <QString>

class QPainter;
class QPdfWriter;

namespace el {

class ReportPager
{
public:
    // Told of each page as it is finished (pages done, of pages: 0 while the count is not yet
    // known); returning false cancels the report.
    using Progress = WriteProgress::Callback;

    // footer: the text at the bottom left of every page but the cover.
    ReportPager(QPdfWriter *writer, QPainter *painter, const QString &footer);

    QPainter *painter() const { return m_painter; }
    int page() const { return m_page; } // 1-based
    double y() const { return m_y; }
    void advance(double height) { m_y += height; }
    double width() const { return m_size.width(); }
    // The printable area of the current page, in points from its top left.
    QRectF area() const { return QRectF(QPointF(0, 0), QSizeF(m_size.width(), bottom())); }
    double bottom() const { return m_size.height() - footerHeight; }
    double remaining() const { return bottom() - m_y; }

    // Starts a new page in this orientation; its footer is painted when the page ends.
    void newPage(QPageLayout::Orientation orientation = QPageLayout::Portrait);
    // Starts a new page in the orientation of this one.
    void breakPage();
    // Starts a new page when height does not fit on this one.
    void ensure(double height);
    // Paints the last page's footer; the total page count is used as "of N" when known.
    void finish();
    void setTotalPages(int total) { m_total = total; }
    void setFooterVisible(bool visible) { m_footerVisible = visible; }

    // A layout run (to learn page numbers) may leave out the costly drawing of diagrams.
    bool drawing() const { return m_drawing; }
    void setDrawing(bool drawing) { m_drawing = drawing; }
    void setProgress(Progress progress) { m_progress = WriteProgress(std::move(progress)); }
    // True once the progress callback asked to stop: sections then stop drawing.
    bool cancelled() const { return m_progress.cancelled(); }

    static constexpr double footerHeight = 24;

private:
    void paintFooter();
    void beginPage();

    QPdfWriter *m_writer;
    QPainter *m_painter;
    QString m_footer;
    QSizeF m_size;
    double m_y = 0;
    int m_page = 0;
    int m_total = 0;
    bool m_footerVisible = false;
    bool m_drawing = true;
    WriteProgress m_progress;
};

} // namespace el
