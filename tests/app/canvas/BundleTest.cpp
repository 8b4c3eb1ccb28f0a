// Dense bundles on the canvas: every one of three cards linked to every one of three others is
// drawn as merged arrows through one junction; each link stays its own selectable item.
#include "CanvasFixture.h"
#include "canvas/LinkItem.h"
#include "commands/ChangeNodesCommand.h"
#include "commands/RemoveNodesCommand.h"
#include "interchange/JsonInterchange.h"

#include <QDir>
#include <QFile>
#include <QImage>
#include <QPainter>
#include <catch2/catch.hpp>

using namespace el;
using namespace el::test;

namespace {
// Whether a path passes within half a unit of a point.
bool passesThrough(const QPainterPath &path, const QPointF &p)
{
    for (const QPolygonF &poly : path.toSubpathPolygons()) {
        for (int i = 1; i < poly.size(); ++i) {
            const QPointF a = poly.at(i - 1);
            const QPointF d = poly.at(i) - a;
            const double len2 = QPointF::dotProduct(d, d);
            const double t
                = len2 > 0 ? std::clamp(QPointF::dotProduct(p - a, d) / len2, 0.0, 1.0) : 0.0;
            const QPointF q = a + d * t;
            if (QLineF(q, p).length() < 0.5)
                return true;
        }
    }
    return false;
}

void settle()
{
    QApplication::processEvents();
    QApplication::processEvents();
}
} // namespace

TEST_CASE("A complete 3 x 3 bundle is drawn through one shared junction", "[canvas][bundles]")
{
    BundleFixture f;
    ModelScene *scene = f.scene();
    REQUIRE(scene->bundles().size() == 1);
    const QPointF junction = *scene->linkItem(f.links.first())->junction();
    // Between the two columns, not on a card.
    CHECK(junction.x() > scene->nodeItem(f.activities.first())->outPort().x());
    CHECK(junction.x() < scene->nodeItem(f.outputs.first())->inPort().x());
    for (LinkId l : std::as_const(f.links)) {
        const LinkItem *item = scene->linkItem(l);
        REQUIRE(item->junction().has_value());
        CHECK(*item->junction() == junction);
        CHECK(passesThrough(item->path(), junction));
    }
    CHECK_FALSE(scene->linkItem(f.extra)->junction().has_value());
    CHECK_FALSE(passesThrough(scene->linkItem(f.extra)->path(), junction));

    // Each link is still its own item: selecting one selects that link alone.
    scene->linkItem(f.links.at(4))->setSelected(true);
    CHECK(scene->selectedLinkIds() == QList<LinkId>{f.links.at(4)});

    // Look at it.
    const QRectF content = scene->contentRect();
    QImage image(content.size().toSize(), QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::white);
    QPainter p(&image);
    scene->renderContent(&p);
    p.end();
    const QString dir = QDir::temp().filePath(QStringLiteral("equitylogic-canvas"));
    QDir().mkpath(dir);
    image.save(dir + QStringLiteral("/bundle3x3.png"));
}

TEST_CASE("Removing one link of a bundle turns it back into plain arrows; undo merges them again",
          "[canvas][bundles]")
{
    BundleFixture f;
    ModelScene *scene = f.scene();
    REQUIRE(scene->bundles().size() == 1);
    f.doc->push(new RemoveLinksCommand(f.doc->project(), f.modelId, {f.links.at(4)}));
    settle();
    CHECK(scene->bundles().isEmpty());
    for (LinkId l : std::as_const(f.links)) {
        if (const LinkItem *item = scene->linkItem(l))
            CHECK_FALSE(item->junction().has_value());
    }
    f.doc->undoStack()->undo();
    settle();
    REQUIRE(scene->bundles().size() == 1);
    for (LinkId l : std::as_const(f.links))
        CHECK(scene->linkItem(l)->junction().has_value());
}

TEST_CASE("A bundle's junction follows its cards when one moves", "[canvas][bundles]")
{
    BundleFixture f;
    ModelScene *scene = f.scene();
    const QPointF before = *scene->linkItem(f.links.first())->junction();
    const Node moved = *f.doc->project()->model(f.modelId)->node(f.outputs.last());
    f.doc->push(new MoveNodesCommand(f.doc->project(), f.modelId,
                                     {qMakePair(moved.id, moved.pos + QPointF(0, 300))}));
    settle();
    const QPointF after = *scene->linkItem(f.links.first())->junction();
    CHECK(after.y() == Approx(before.y() + 300.0 / 6));
    for (LinkId l : std::as_const(f.links))
        CHECK(passesThrough(scene->linkItem(l)->path(), after));
}

TEST_CASE("The Cafe Momentum fixture's dense links are drawn as merged arrows", "[canvas][bundles]")
{
    QFile file(QStringLiteral(EL_FIXTURES_DIR "/cafe-momentum.json"));
    REQUIRE(file.open(QIODevice::ReadOnly));
    auto project = JsonInterchange::importProject(file.readAll());
    REQUIRE(project.has_value());
    Document doc(std::move(*project));
    CanvasView view(&doc);
    view.resize(1400, 900);
    int bundled = 0;
    for (const LogicModel *m : doc.project()->models()) {
        view.setModel(m->id());
        ModelScene *scene = view.modelScene();
        for (const EdgeBundle &b : scene->bundles()) {
            ++bundled;
            const QPointF junction = *scene->linkItem(b.links.first())->junction();
            for (LinkId l : b.links)
                CHECK(passesThrough(scene->linkItem(l)->path(), junction));
        }
        if (!scene->bundles().isEmpty()) {
            QImage image(scene->contentRect().size().toSize(), QImage::Format_ARGB32_Premultiplied);
            image.fill(Qt::white);
            QPainter p(&image);
            scene->renderContent(&p);
            p.end();
            image.save(QDir::temp().filePath(QStringLiteral("equitylogic-canvas/cafe.png")));
        }
    }
    CHECK(bundled > 0);
}
