// The canvas as a person sees it: rendered to images (kept under the temp folder to look at)
// with every kind of card, strands, annotations, findings and a long title, at several zooms.
#include "CanvasFixture.h"
#include "canvas/ColumnItem.h"
#include "model/Indicator.h"

#include <QDir>
#include <QImage>
#include <QPainter>
#include <catch2/catch.hpp>

using namespace el;
using namespace el::test;

namespace {
std::unique_ptr<Project> richProject(ModelId &id)
{
    ModelBuilder b(QStringLiteral("Employment, Skills and Work"));
    auto at = [&](double y) {
        b.last().pos.setY(y);
    };
    const NodeId staff
        = b.node(NodeKind::Input, QStringLiteral("Employment advisers in GP surgeries"));
    at(0);
    const NodeId funding = b.node(NodeKind::Input, QStringLiteral("UK Shared Prosperity Fund"));
    at(110);
    const NodeId coach
        = b.node(NodeKind::Activity, QStringLiteral("One-to-one work coaching"), {3});
    at(0);
    b.last().group = QStringLiteral("Work and health");
    const NodeId train
        = b.node(NodeKind::Activity, QStringLiteral("Basic digital skills courses"), {2});
    at(130);
    b.last().group = QStringLiteral("Skills");
    const NodeId people = b.node(NodeKind::Output,
                                 QStringLiteral("People with long-term conditions supported"), {3});
    at(0);
    b.last().group = QStringLiteral("Work and health");
    const NodeId courses = b.node(NodeKind::Output, QStringLiteral("Courses completed"));
    at(130);
    b.last().group = QStringLiteral("Skills");
    const NodeId confidence = b.node(NodeKind::OutcomeShort,
                                     QStringLiteral("More confidence to apply for work"), {2, 3});
    at(20);
    const NodeId jobs
        = b.node(NodeKind::OutcomeMedium,
                 QStringLiteral("More residents in the most deprived wards in good, "
                                "secure work that pays at least the Real Living Wage"),
                 {3, 4, 7});
    at(40);
    Indicator kpi;
    kpi.id = IndicatorId::create();
    kpi.title = QStringLiteral("Employment rate gap");
    b.last().indicators << kpi << kpi;
    const NodeId health = b.node(NodeKind::OutcomeLong,
                                 QStringLiteral("Smaller gap in healthy life expectancy"), {6});
    at(60);
    b.node(NodeKind::Assumption, QStringLiteral("Employers will offer flexible roles"));
    b.node(NodeKind::Assumption, QStringLiteral("Advisers can be recruited locally"));
    b.node(NodeKind::ExternalFactor, QStringLiteral("National benefit rules change"));
    b.link(staff, coach);
    b.link(funding, coach);
    b.link(funding, train);
    b.link(coach, people);
    b.link(train, courses);
    b.link(people, confidence);
    b.link(courses, confidence);
    b.link(confidence, jobs);
    b.link(jobs, health);
    id = b.data().id;
    return b.project();
}

QString outDir()
{
    const QString dir = QDir::temp().filePath(QStringLiteral("equitylogic-canvas"));
    QDir().mkpath(dir);
    return dir;
}

QImage renderView(CanvasView &view)
{
    QImage image(view.viewport()->size(), QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::white);
    QPainter p(&image);
    view.render(&p, QRectF(), view.viewport()->rect());
    return image;
}

// Fraction of pixels that are not (near) background: a blank or broken render has almost none.
double inkFraction(const QImage &image)
{
    qint64 ink = 0;
    for (int y = 0; y < image.height(); y += 2) {
        const auto *line = reinterpret_cast<const QRgb *>(image.constScanLine(y));
        for (int x = 0; x < image.width(); x += 2) {
            if (qGray(line[x]) < 200)
                ++ink;
        }
    }
    return double(ink) / (double(image.width() / 2) * (image.height() / 2));
}
} // namespace

TEST_CASE("The canvas renders cards, arrows and headers at 25%, 100% and 400%", "[canvas][look]")
{
    ModelId id;
    Document doc(richProject(id));
    CanvasView view(&doc);
    view.resize(1400, 800);
    view.setModel(id);
    view.show();
    QApplication::processEvents();
    Diagnostic d;
    d.code = QStringLiteral("EL201");
    d.severity = Severity::Error;
    d.message = QStringLiteral("\"Smaller gap in healthy life expectancy\" has no indicator.");
    d.model = id;
    d.nodes = {doc.project()->model(id)->nodes().at(8).id};
    view.setDiagnostics({d});
    view.selectNodes({doc.project()->model(id)->nodes().at(2).id}, false);

    view.zoomToFit();
    const QImage fit = renderView(view);
    fit.save(outDir() + QStringLiteral("/fit.png"));
    CHECK(inkFraction(fit) > 0.01);

    view.setZoom(0.25);
    view.centerOn(view.modelScene()->contentRect().center());
    const QImage small = renderView(view);
    small.save(outDir() + QStringLiteral("/zoom25.png"));
    CHECK(inkFraction(small) > 0.005);

    view.setZoom(4.0);
    view.centerOn(view.modelScene()
                      ->nodeItem(doc.project()->model(id)->nodes().at(7).id)
                      ->sceneBoundingRect()
                      .center());
    const QImage big = renderView(view);
    big.save(outDir() + QStringLiteral("/zoom400.png"));
    CHECK(inkFraction(big) > 0.01);

    // Print mode: the scene itself, without selection or findings markers.
    ModelScene *scene = view.modelScene();
    scene->setPrintMode(true); // the printed content's size
    const QRectF content = scene->contentRect();
    scene->setPrintMode(false);
    QImage print(content.size().toSize(), QImage::Format_ARGB32_Premultiplied);
    print.fill(Qt::white);
    QPainter p(&print);
    scene->renderContent(&p);
    p.end();
    print.save(outDir() + QStringLiteral("/print.png"));
    CHECK_FALSE(scene->isPrintMode());
    CHECK(inkFraction(print) > 0.01);
}

TEST_CASE("Print mode leaves out the selection outline", "[canvas][look]")
{
    CanvasFixture f;
    ModelScene *scene = f.scene();
    const QRectF card = f.item(f.activity)->sceneBoundingRect();
    auto render = [&] {
        QImage image(card.size().toSize(), QImage::Format_ARGB32_Premultiplied);
        image.fill(Qt::white);
        QPainter p(&image);
        scene->render(&p, QRectF(), card);
        return image;
    };
    scene->setPrintMode(true);
    const QImage unselected = render();
    f.view->selectNodes({f.activity}, false);
    const QImage printedSelected = render();
    scene->setPrintMode(false);
    const QImage screenSelected = render();
    CHECK(printedSelected == unselected);
    CHECK(screenSelected != unselected);
}

TEST_CASE("Print mode leaves out the empty room kept on screen and narrows the columns",
          "[canvas][look]")
{
    CanvasFixture f;
    ModelScene *scene = f.scene();
    const QRectF screen = scene->contentRect();
    QRectF cards;
    for (NodeId id : {f.input, f.activity, f.output, f.outcome})
        cards |= f.item(id)->sceneBoundingRect();
    scene->setPrintMode(true);
    const QRectF print = scene->contentRect();
    CHECK(print.height() < screen.height() - 150);
    CHECK(print.width() < screen.width() - 80); // narrower columns
    QRectF printedCards;
    for (NodeId id : {f.input, f.activity, f.output, f.outcome})
        printedCards |= f.item(id)->sceneBoundingRect();
    CHECK(print.contains(printedCards)); // every card still on the page
    scene->setPrintMode(false);
    CHECK(scene->contentRect() == screen);
    QRectF after;
    for (NodeId id : {f.input, f.activity, f.output, f.outcome})
        after |= f.item(id)->sceneBoundingRect();
    CHECK(after == cards); // back where they were on screen
}
