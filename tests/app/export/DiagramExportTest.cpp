#include "export/DiagramExport.h"
#include "ExportFixture.h"
#include "TempDir.h"
#include "canvas/ModelScene.h"
#include "canvas/NodeItem.h"
#include "export/DiagramPages.h"
#include "export/DiagramScene.h"

#include <QFile>
#include <QImage>
#include <QPainter>
#include <QXmlStreamReader>
#include <catch2/catch.hpp>

using namespace el;
using namespace el::test;

TEST_CASE("A tiled large model shows every card on some page and has no blank page", "[export]")
{
    ExportFixture f(layeredModel(43, 2)); // 301 cards
    PageSetup setup;
    setup.pageSize = QPageSize::A4;
    setup.orientation = QPageLayout::Portrait;
    setup.fit = PageFit::Tile;
    const DiagramPages pages(f.doc.get(), {f.modelId}, setup);
    REQUIRE(pages.pageCount() > 1);
    const DiagramPage &first = pages.page(0);
    CHECK(pages.pageCount() <= first.plan.columns * first.plan.rows);
    const ModelScene *scene = pages.diagram(0)->scene();
    for (const Node &n : f.model()->nodes()) {
        const QRectF card = scene->nodeItem(n.id)->sceneBoundingRect();
        bool whole = false;
        for (int i = 0; i < pages.pageCount(); ++i)
            whole = whole || pages.page(i).source.contains(card.adjusted(4, 4, -8, -4));
        INFO(n.title.toStdString());
        CHECK(whole);
    }
    for (int i = 0; i < pages.pageCount(); ++i)
        CHECK(pages.diagram(0)->hasContent(pages.page(i).source));
}

TEST_CASE("Fitting a large model onto one page says the text would be too small", "[export]")
{
    ExportFixture f(layeredModel(43, 2));
    PageSetup setup;
    const DiagramPages pages(f.doc.get(), {f.modelId}, setup);
    CHECK(pages.pageCount() == 1);
    CHECK(pages.tooSmall() == QStringList{QStringLiteral("Layered")});

    ExportFixture small = ExportFixture::small();
    const DiagramPages one(small.doc.get(), {small.modelId}, setup);
    CHECK(one.tooSmall().isEmpty());
}

TEST_CASE("A PNG has the size its resolution implies", "[export]")
{
    ExportFixture f = ExportFixture::small();
    TempDir dir;
    PageSetup setup;
    setup.dpi = 192;
    setup.transparent = true;
    REQUIRE(
        DiagramExport::writePng(f.doc.get(), f.modelId, setup, dir.file(QStringLiteral("a.png"))));
    QImage image(dir.file(QStringLiteral("a.png")));
    const DiagramScene diagram(f.doc.get(), f.modelId);
    CHECK(image.width() == qCeil(diagram.contentRect().width() * 2));
    CHECK(image.height() == qCeil(diagram.contentRect().height() * 2));
    CHECK(qAlpha(image.pixel(0, image.height() - 1)) == 0); // transparent corner
    CHECK(qRound(image.dotsPerMeterX() * 0.0254) == 192);
}

TEST_CASE("An SVG keeps card titles as text", "[export]")
{
    ExportFixture f = ExportFixture::small();
    TempDir dir;
    const QString path = dir.file(QStringLiteral("a.svg"));
    REQUIRE(DiagramExport::writeSvg(f.doc.get(), f.modelId, path));
    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadOnly));
    QXmlStreamReader xml(&file);
    QString text;
    while (!xml.atEnd()) {
        if (xml.readNext() == QXmlStreamReader::Characters)
            text += xml.text().toString() + QLatin1Char(' ');
    }
    REQUIRE_FALSE(xml.hasError());
    text = text.simplified();
    CHECK(text.contains(QStringLiteral("Housing officers")));
    CHECK(text.contains(QStringLiteral("Warmer homes <and> less damp")));
}

TEST_CASE("Exporting into a missing folder fails with a message naming the file", "[export]")
{
    ExportFixture f = ExportFixture::small();
    const QString path = QStringLiteral("/nonexistent-folder/out.pdf");
    const auto r = DiagramExport::writePdf(f.doc.get(), {f.modelId}, PageSetup(), path);
    REQUIRE_FALSE(r);
    CHECK(r.error().contains(path));
    CHECK_FALSE(QFile::exists(path));
}

namespace {
// The share of area (points) on which a page shows something: the area is cut into a 10 × 10
// grid and a cell counts when a few per cent of its pixels are not white.
double inkedShare(const DiagramPages &pages, int index)
{
    const QSizeF printable = pages.setup().pageLayout().paintRect(QPageLayout::Point).size();
    const double pixelsPerPoint = 0.5;
    QImage image((printable * pixelsPerPoint).toSize(), QImage::Format_RGB32);
    image.fill(Qt::white);
    QPainter painter(&image);
    painter.scale(pixelsPerPoint, pixelsPerPoint);
    pages.paintPage(&painter, index);
    painter.end();
    const QRectF area = pages.diagramArea(index);
    const QRect pixels(
        QRectF(area.topLeft() * pixelsPerPoint, area.size() * pixelsPerPoint).toRect());
    const int n = 10;
    int inked = 0;
    for (int cy = 0; cy < n; ++cy) {
        for (int cx = 0; cx < n; ++cx) {
            const QRect cell(pixels.left() + cx * pixels.width() / n,
                             pixels.top() + cy * pixels.height() / n, pixels.width() / n,
                             pixels.height() / n);
            int dark = 0;
            for (int y = cell.top(); y <= cell.bottom(); ++y) {
                for (int x = cell.left(); x <= cell.right(); ++x)
                    dark += qGray(image.pixel(x, y)) < 235 ? 1 : 0;
            }
            inked += dark > 0.03 * cell.width() * cell.height() ? 1 : 0;
        }
    }
    return inked / double(n * n);
}
} // namespace

TEST_CASE("No page of a tiled diagram is mostly empty", "[export]")
{
    // 301 cards in seven full columns, as tidying lays a model out.
    ModelData data = layeredModel(43, 2);
    QHash<NodeKind, int> down;
    for (Node &n : data.nodes)
        n.pos.setY(down[n.kind]++ * 90.0);
    ExportFixture f(data);
    for (const auto &[size, orientation, scale] :
         {std::tuple{QPageSize::A4, QPageLayout::Portrait, 1.0},
          std::tuple{QPageSize::A4, QPageLayout::Landscape, 0.7},
          std::tuple{QPageSize::A3, QPageLayout::Landscape, 1.0},
          std::tuple{QPageSize::A4, QPageLayout::Landscape, 0.45}}) {
        PageSetup setup;
        setup.pageSize = size;
        setup.orientation = orientation;
        setup.fit = PageFit::Tile;
        setup.tileScale = scale;
        const DiagramPages pages(f.doc.get(), {f.modelId}, setup);
        for (int i = 0; i < pages.pageCount(); ++i) {
            INFO("scale " << scale << ", " << DiagramPages::tileLabel(pages.page(i)).toStdString());
            CHECK(inkedShare(pages, i) >= 0.5);
        }
    }
}

TEST_CASE("A tiled page says the scale it is drawn at, also when that is smaller than asked",
          "[export]")
{
    ModelData data = layeredModel(43, 2);
    QHash<NodeKind, int> down;
    for (Node &n : data.nodes)
        n.pos.setY(down[n.kind]++ * 90.0);
    ExportFixture f(data);
    bool shrunk = false;
    for (const double asked : {1.0, 0.9, 0.7, 0.45}) {
        PageSetup setup;
        setup.fit = PageFit::Tile;
        setup.tileScale = asked;
        const DiagramPages pages(f.doc.get(), {f.modelId}, setup);
        REQUIRE(pages.pageCount() > 1);
        const int drawn = qRound(pages.page(0).scale / pointsPerUnit * 100);
        INFO("asked " << asked << ", drawn at " << drawn << "%");
        CHECK(drawn <= qRound(asked * 100));
        CHECK(drawn >= qRound(asked * setup.tileShrink * 100));
        shrunk = shrunk || drawn < qRound(asked * 100);
        for (int i = 0; i < pages.pageCount(); ++i) {
            CHECK(DiagramPages::tileLabel(pages.page(i))
                      .endsWith(QStringLiteral(", at %1% of actual size").arg(drawn)));
        }
    }
    CHECK(shrunk); // the case the label is for: pages saved by drawing a little smaller
}
