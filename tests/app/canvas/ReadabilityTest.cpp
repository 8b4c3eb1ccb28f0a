// Readability when zoomed out: at the zoom that fits a whole model in the window, cards show
// their whole wrapped title (large enough to read) rather than a shortened one, and principle
// chips stay visible as coloured dots.
#include "CanvasFixture.h"
#include "SampleProject.h"
#include "canvas/CanvasStyle.h"

#include <QDir>
#include <QImage>
#include <QPainter>
#include <catch2/catch.hpp>

using namespace el;
using namespace el::test;

namespace {
QImage renderView(CanvasView &view)
{
    QImage image(view.viewport()->size(), QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::white);
    QPainter p(&image);
    view.render(&p, QRectF(), view.viewport()->rect());
    return image;
}
} // namespace

TEST_CASE("At 38% zoom the sample's cards show their whole titles", "[canvas][look]")
{
    Document doc(sampleProject());
    CanvasView view(&doc);
    view.resize(1280, 760);
    view.show();
    const QString dir = QDir::temp().filePath(QStringLiteral("equitylogic-canvas"));
    QDir().mkpath(dir);
    int index = 0;
    for (const LogicModel *m : doc.project()->models()) {
        view.setModel(m->id());
        // About what "fit" gives in the main window with its panels open.
        const double lod = 0.38;
        view.setZoom(lod);
        view.centerOn(view.modelScene()->contentRect().center());
        QApplication::processEvents();
        INFO(m->name().toStdString() << " at " << lod);
        CHECK(lod < CanvasStyle::summaryDetail); // the zoomed-out drawing is what is tested
        for (const Node &n : m->nodes()) {
            INFO(n.title.toStdString());
            CHECK(view.modelScene()->nodeItem(n.id)->showsWholeTitle(lod));
        }
        renderView(view).save(dir + QStringLiteral("/sample-fit-%1.png").arg(++index));
    }
    CHECK(index == 5);
}

TEST_CASE("Zoomed far out, a long title is shortened rather than drawn as noise", "[canvas][look]")
{
    CanvasFixture f;
    Node n = *f.model()->node(f.activity);
    NodeItem *item = f.item(f.activity);
    CHECK(item->showsWholeTitle(0.4));
    n.title = QStringLiteral("A very long title that goes on and on about housing, damp, mould, "
                             "cold homes, fuel poverty, tenancy rights and much else besides");
    item->syncFromModel(n);
    CHECK(item->showsWholeTitle(1.0));
    CHECK_FALSE(item->showsWholeTitle(0.25));
    CHECK_FALSE(item->showsWholeTitle(0.1));
}
