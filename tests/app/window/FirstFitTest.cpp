// The first time a model is shown in a window, the whole model fits on screen (a big model is
// zoomed out, a small one stays at actual size); after that the window keeps the user's zoom.
#include "ModelBuilder.h"
#include "SampleProject.h"
#include "WindowFixture.h"
#include "canvas/CanvasView.h"
#include "canvas/ModelScene.h"
#include "document/Document.h"

#include <QTest>
#include <catch2/catch.hpp>

using namespace el;

namespace {
ModelId biggest(const Project *project)
{
    const LogicModel *best = nullptr;
    for (const LogicModel *m : project->models()) {
        if (!best || m->nodes().size() > best->nodes().size())
            best = m;
    }
    return best->id();
}

bool wholeModelVisible(const CanvasView *canvas)
{
    const QRectF visible = canvas->mapToScene(canvas->viewport()->rect()).boundingRect();
    return visible.adjusted(-1, -1, 1, 1).contains(canvas->modelScene()->contentRect());
}
} // namespace

TEST_CASE("The sample's biggest model fits on screen the first time it is shown")
{
    test::WindowFixture f(test::sampleProject());
    CanvasView *canvas = f.window()->canvas();
    canvas->setFixedSize(1000, 700);
    QTest::qWait(20);
    const ModelId big = biggest(f.document()->project());
    if (f.window()->currentModel() == big) // make it a first show at the size asked
        f.window()->showModel(f.document()->project()->modelAt(1)->id());
    f.window()->showModel(big);
    REQUIRE(canvas->model() == big);
    CHECK(canvas->zoom() < 1.0);
    CHECK(wholeModelVisible(canvas));
}

TEST_CASE("The first model fits when the window opens")
{
    test::WindowFixture f(test::sampleProject());
    CanvasView *canvas = f.window()->canvas();
    REQUIRE(canvas->isVisible());
    CHECK(wholeModelVisible(canvas));
}

TEST_CASE("A small model is not blown up, and a model shown again comes back as it was left")
{
    auto project = std::make_unique<Project>();
    ModelData big = test::layeredModel(12, 2);
    big.id = ModelId::create();
    big.name = QStringLiteral("Big");
    project->insertModel(big);
    test::ModelBuilder small(QStringLiteral("Small"));
    small.node(NodeKind::Activity, QStringLiteral("Insulate homes"));
    project->insertModel(small.data());

    test::WindowFixture f(std::move(project));
    CanvasView *canvas = f.window()->canvas();
    canvas->setFixedSize(2400, 1600); // wider than the small model
    QTest::qWait(20);
    REQUIRE(canvas->model() == f.model(0)->id());

    f.window()->showModel(f.model(1)->id());
    CHECK(canvas->zoom() == Approx(1.0));
    CHECK(wholeModelVisible(canvas));

    canvas->setZoom(1.5);
    f.window()->showModel(f.model(0)->id());
    canvas->setZoom(0.8);
    f.window()->showModel(f.model(1)->id());
    CHECK(canvas->zoom() == Approx(1.5)); // already seen: not fitted again
    f.window()->showModel(f.model(0)->id());
    CHECK(canvas->zoom() == Approx(0.8));
}
