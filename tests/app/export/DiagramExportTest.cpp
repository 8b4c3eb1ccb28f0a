#include "export/DiagramExport.h"
#include "ExportFixture.h"
#include "TempDir.h"
#include "canvas/ModelScene.h"
#include "canvas/NodeItem.h"
#include "export/DiagramPages.h"
#include "export/DiagramScene.h"

#include <QFile>
#include <QImage>
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
