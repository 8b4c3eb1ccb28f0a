#include "export/DiagramPages.h"

#include "document/Document.h"
#include "export/DiagramScene.h"
#include "export/PageDecoration.h"
#include "model/LogicModel.h"

#include <QCoreApplication>
#include <QPagedPaintDevice>
#include <QPainter>

namespace el {

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("el::DiagramPages", text);
}

// The frame's diagram area on a page of this setup; the legend height depends on the model.
QRectF frameArea(const QSizeF &page, const QList<int> &principles)
{
    const double legend = PageDecoration::paintLegend(nullptr, QPointF(), page.width(), principles);
    const double top = 36;
    const double bottom = page.height() - 14 - 6 - (legend > 0 ? legend + 6 : 0);
    return QRectF(0, top, page.width(), bottom - top);
}

QSizeF printableSize(const PageSetup &setup)
{
    return setup.pageLayout().paintRect(QPageLayout::Point).size();
}
} // namespace

DiagramPages::DiagramPages(Document *document, const QList<ModelId> &models, const PageSetup &setup)
    : m_document(document)
    , m_setup(setup)
{
    const QSizeF pageSize = printableSize(setup);
    for (int i = 0; i < models.size(); ++i) {
        auto diagram = std::make_unique<DiagramScene>(document, models.at(i));
        const QRectF area = frameArea(pageSize, diagram->principlesUsed());
        if (setup.fit == PageFit::FitToPage
            && PageTiling::fitTooSmall(diagram->contentRect().size(), area.size())
            && diagram->model())
            m_tooSmall << diagram->model()->name();
        for (const DiagramPage &p : plan(*diagram, i, area.size(), setup))
            m_pages.push_back(p);
        m_diagrams.push_back(std::move(diagram));
    }
}

DiagramPages::~DiagramPages() = default;

QList<DiagramPage> DiagramPages::plan(const DiagramScene &diagram, int index, const QSizeF &area,
                                      const PageSetup &setup)
{
    QList<DiagramPage> pages;
    const QRectF content = diagram.contentRect();
    if (setup.fit == PageFit::FitToPage) {
        DiagramPage p;
        p.diagram = index;
        p.source = content;
        p.scale = PageTiling::fitScale(content.size(), area);
        pages << p;
        return pages;
    }
    const double overlap = setup.overlapMm * 72.0 / 25.4;
    const QList<QRectF> cards = diagram.cardRects();
    const double asked = setup.tileScale * pointsPerUnit;
    const double scale = PageTiling::tileScale(content, area, asked, asked * setup.tileShrink,
                                               asked * setup.tileGrow, overlap, cards);
    const TilePlan grid = PageTiling::tile(content, area, scale, overlap, cards);
    for (const Tile &t : grid.tiles) {
        // A tile that shows no card and no arrow would be a blank page.
        if (!diagram.hasContent(t.source))
            continue;
        DiagramPage p;
        p.diagram = index;
        p.source = t.source;
        p.scale = grid.scale;
        p.tiled = true;
        p.tile = t;
        p.plan = grid;
        pages << p;
    }
    if (pages.isEmpty()) { // an empty model still gets its page
        DiagramPage p;
        p.diagram = index;
        p.source = content;
        p.scale = PageTiling::fitScale(content.size(), area);
        pages << p;
    }
    return pages;
}

QRectF DiagramPages::diagramArea(int index) const
{
    const DiagramPage &p = page(index);
    return frameArea(printableSize(m_setup), diagram(p.diagram)->principlesUsed());
}

QString DiagramPages::tileLabel(const DiagramPage &page)
{
    if (!page.tiled)
        return {};
    // The scale drawn, which can differ a little from the one asked for when that saves a row or
    // column of pages: whoever assembles or measures the pages should not have to guess it.
    return tr("Page %1 of %2×%3, at %4% of actual size")
        .arg(TilePlan::tileName(page.tile.column, page.tile.row))
        .arg(page.plan.columns)
        .arg(page.plan.rows)
        .arg(qRound(page.scale / pointsPerUnit * 100));
}

void DiagramPages::paintDiagram(QPainter *painter, const DiagramScene &diagram,
                                const DiagramPage &page, const QRectF &area)
{
    const QSizeF size = page.source.size() * page.scale;
    // Fitted diagrams are centred across the page; tiles keep their top left corner so that
    // neighbouring pages line up.
    const double left = page.tiled ? area.left() : area.left() + (area.width() - size.width()) / 2;
    const QRectF target(QPointF(left, area.top()), size);
    diagram.render(painter, target, page.source);
    if (!page.tiled)
        return;

    // Overlap marks: a dashed line where the neighbour's page begins, with its name.
    painter->save();
    QPen pen(QColor(0x9a, 0xa4, 0xb1), 0.6, Qt::DashLine);
    painter->setPen(pen);
    painter->setFont(PageDecoration::font(7));
    const int c = page.tile.column;
    const int r = page.tile.row;
    const auto &xs = page.plan.columnStarts;
    const auto &ys = page.plan.rowStarts;
    const QSizeF tileSize = page.source.size();
    auto toX = [&](double sceneX) {
        return target.left() + (sceneX - page.source.left()) * page.scale;
    };
    auto toY = [&](double sceneY) {
        return target.top() + (sceneY - page.source.top()) * page.scale;
    };
    const QColor markText(0x6b, 0x77, 0x87);
    auto mark = [&](const QLineF &line, const QString &words, const QPointF &textAt) {
        painter->setPen(pen);
        painter->drawLine(line);
        painter->setPen(markText);
        painter->drawText(textAt, words);
    };
    if (c + 1 < page.plan.columns) {
        const double x = toX(xs.at(c + 1));
        mark(QLineF(x, target.top(), x, target.bottom()),
             tr("%1 begins here").arg(TilePlan::tileName(c + 1, r)),
             QPointF(x + 2, target.top() + 8));
    }
    if (c > 0) {
        const double x = toX(xs.at(c - 1) + tileSize.width());
        mark(QLineF(x, target.top(), x, target.bottom()),
             tr("%1 ends here").arg(TilePlan::tileName(c - 1, r)),
             QPointF(target.left() + 2, target.bottom() - 3));
    }
    if (r + 1 < page.plan.rows) {
        const double y = toY(ys.at(r + 1));
        mark(QLineF(target.left(), y, target.right(), y),
             tr("%1 begins here").arg(TilePlan::tileName(c, r + 1)),
             QPointF(target.left() + target.width() / 2, y + 9));
    }
    if (r > 0) {
        const double y = toY(ys.at(r - 1) + tileSize.height());
        mark(QLineF(target.left(), y, target.right(), y),
             tr("%1 ends here").arg(TilePlan::tileName(c, r - 1)),
             QPointF(target.left() + target.width() / 2, y - 3));
    }
    // Corner marks at the edges of the diagram, to trim and align.
    painter->setPen(QPen(QColor(0x1f, 0x29, 0x37), 0.5));
    for (const QPointF &corner :
         {target.topLeft(), target.topRight(), target.bottomLeft(), target.bottomRight()}) {
        painter->drawLine(corner - QPointF(5, 0), corner + QPointF(5, 0));
        painter->drawLine(corner - QPointF(0, 5), corner + QPointF(0, 5));
    }
    painter->restore();
}

void DiagramPages::paintPage(QPainter *painter, int index) const
{
    const DiagramPage &p = page(index);
    const DiagramScene *d = diagram(p.diagram);
    PageFrameText text;
    text.project = m_document && m_document->project() ? m_document->project()->title() : QString();
    text.model = d->model() ? d->model()->name() : QString();
    text.date = PageDecoration::today();
    text.pageLabel = tileLabel(p);
    text.pageNumber = tr("Sheet %1 of %2").arg(index + 1).arg(pageCount());
    const QRectF area
        = PageDecoration::paintFrame(painter, printableSize(m_setup), text, d->principlesUsed());
    paintDiagram(painter, *d, p, area);
}

bool DiagramPages::paintAll(QPagedPaintDevice *device, WriteProgress *progress) const
{
    QPainter painter;
    if (!painter.begin(device))
        return false;
    WriteProgress silent;
    if (!progress)
        progress = &silent;
    const double toDevice = device->logicalDpiX() / 72.0;
    for (int i = 0; i < pageCount() && progress->tell(i, pageCount()); ++i) {
        if (i > 0)
            device->newPage();
        painter.save();
        painter.scale(toDevice, toDevice);
        paintPage(&painter, i);
        painter.restore();
    }
    progress->tell(pageCount(), pageCount());
    return painter.end();
}

} // namespace el
