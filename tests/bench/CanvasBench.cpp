// Canvas speed at 2,000 cards: open and fully paint, repaint the whole visible scene, an edit
// followed by a repaint; with QApplication start-up and an empty main window as the yardstick.
// Run offscreen: QT_QPA_PLATFORM=offscreen ./CanvasBench
#include "BenchSupport.h"
#include "canvas/CanvasView.h"
#include "canvas/LinkItem.h"
#include "canvas/ModelScene.h"
#include "commands/ChangeNodesCommand.h"
#include "document/Document.h"
#include "validation/Validator.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QGraphicsItem>
#include <QHash>
#include <QImage>
#include <QMainWindow>
#include <QPainter>
#include <algorithm>
#include <cstdio>
#include <ctime>

using namespace el;
using bench::median;
using bench::ms;

namespace {

double threadCpuMs()
{
    timespec ts{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
    return ts.tv_sec * 1e3 + ts.tv_nsec / 1e6;
}

// Medians of wall-clock time and of this thread's processor time (the second one hardly
// depends on what else the shared machine is doing).
struct Timing
{
    double wall = 0;
    double cpu = 0;
};

Timing repaint(CanvasView &view, int runs)
{
    QList<double> times;
    QList<double> cpu;
    for (int i = 0; i < runs; ++i) {
        QElapsedTimer t;
        t.start();
        const double c = threadCpuMs();
        view.viewport()->repaint();
        times << ms(t);
        cpu << threadCpuMs() - c;
    }
    return {median(times), median(cpu)};
}
} // namespace

int main(int argc, char **argv)
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QElapsedTimer startup;
    startup.start();
    QApplication app(argc, argv);
    {
        QMainWindow window;
        window.resize(1280, 800);
        window.show();
        QApplication::processEvents();
    }
    const double startupMs = ms(startup);

    const ModelData data = bench::stackedModel();
    auto project = std::make_unique<Project>();
    project->insertModel(data);
    Document doc(std::move(project));
    const qsizetype links = data.links.size();

    // Open: build the scene for the model, show it fitted, paint it, and paint every card.
    QElapsedTimer open;
    open.start();
    CanvasView view(&doc);
    view.resize(1280, 800);
    view.setModel(data.id);
    view.show();
    view.zoomToFit();
    view.viewport()->repaint();
    const double openShownMs = ms(open);
    ModelScene *scene = view.modelScene();
    QImage all(1600, 1600, QImage::Format_ARGB32_Premultiplied);
    all.fill(Qt::white);
    {
        QPainter p(&all);
        p.setRenderHint(QPainter::Antialiasing);
        scene->renderContent(&p);
    }
    const double openMs = ms(open);

    // Repaint of everything visible: zoomed out as far as it goes (most cards), and at 100%.
    view.setZoom(0.1);
    view.centerOn(scene->contentRect().center());
    QApplication::processEvents();
    const Timing repaintFar = repaint(view, 15);
    view.setZoom(0.45);
    QApplication::processEvents();
    const Timing repaintMid = repaint(view, 15);
    view.setZoom(1.0);
    QApplication::processEvents();
    const Timing repaintNear = repaint(view, 15);

    // Edit -> repaint: rename a visible card and move another, each followed by a repaint.
    view.setZoom(0.45);
    QApplication::processEvents();
    QList<double> edits;
    const LogicModel *model = doc.project()->model(data.id);
    const NodeId visible = scene->items(view.mapToScene(view.viewport()->rect().center())).isEmpty()
                               ? model->nodes().at(1000).id
                               : model->nodes().at(1000).id;
    for (int i = 0; i < 15; ++i) {
        Node n = *model->node(visible);
        n.title = QStringLiteral("Edited title %1").arg(i);
        QElapsedTimer t;
        t.start();
        doc.push(new EditNodeCommand(doc.project(), data.id, n));
        doc.push(new MoveNodesCommand(doc.project(), data.id,
                                      {qMakePair(visible, n.pos + QPointF(0, 7))}));
        view.viewport()->repaint();
        edits << ms(t);
    }
    const double editMs = median(edits);

    // Edit -> re-validate -> repaint: the same edit, then the model's findings computed again
    // and handed to the canvas (as the findings panel does), then a repaint.
    QList<double> validated;
    int findings = 0;
    for (int i = 0; i < 15; ++i) {
        Node n = *model->node(visible);
        n.title = QStringLiteral("Validated title %1").arg(i);
        QElapsedTimer t;
        t.start();
        doc.push(new EditNodeCommand(doc.project(), data.id, n));
        doc.push(new MoveNodesCommand(doc.project(), data.id,
                                      {qMakePair(visible, n.pos + QPointF(0, 7))}));
        const QList<Diagnostic> found = Validator::validateModel(*doc.project(), *model);
        view.setDiagnostics(found);
        view.viewport()->repaint();
        validated << ms(t);
        findings = static_cast<int>(found.size());
    }
    const double validatedMs = median(validated);

    // Zoomed out to the edge of the readable range.
    view.setZoom(0.25);
    view.centerOn(scene->contentRect().center());
    QApplication::processEvents();
    const Timing repaintQuarter = repaint(view, 15);
    // The same repaint without the links: how much of it the cards take.
    const QList<QGraphicsItem *> everything = scene->items();
    auto showLinks = [&](bool on) {
        for (QGraphicsItem *item : everything) {
            if (item->type() == LinkItem::Type)
                item->setVisible(on);
        }
    };
    showLinks(false);
    const Timing repaintQuarterCards = repaint(view, 15);
    showLinks(true);
    // Pictures to look at (pass a folder): the whole model at 25% and at 10%.
    if (argc > 1) {
        const QString dir = QString::fromLocal8Bit(argv[1]);
        view.viewport()->grab().save(dir + QStringLiteral("/canvas-25.png"));
        view.setZoom(0.1);
        view.centerOn(scene->contentRect().center());
        QApplication::processEvents();
        view.viewport()->grab().save(dir + QStringLiteral("/canvas-10.png"));
    }

    std::printf("Canvas benchmark: %lld cards, %lld links\n",
                static_cast<long long>(data.nodes.size()), static_cast<long long>(links));
    std::printf("yardstick: QApplication + empty main window shown   %8.1f ms\n", startupMs);
    std::printf("open: scene built, fitted view painted             %8.1f ms\n", openShownMs);
    std::printf("open and fully paint (also every card to an image) %8.1f ms  (target < 1000)\n",
                openMs);
    std::printf(
        "repaint whole visible scene at 10%% (median)        %8.1f ms  (cpu %.1f; target < 30)\n",
        repaintFar.wall, repaintFar.cpu);
    std::printf("repaint whole visible scene at 25%% (median)        %8.1f ms  (cpu %.1f)\n",
                repaintQuarter.wall, repaintQuarter.cpu);
    std::printf("  of which cards only (links hidden)               %8.1f ms  (cpu %.1f)\n",
                repaintQuarterCards.wall, repaintQuarterCards.cpu);
    std::printf(
        "repaint whole visible scene at 45%% (median)        %8.1f ms  (cpu %.1f; target < 30)\n",
        repaintMid.wall, repaintMid.cpu);
    std::printf(
        "repaint whole visible scene at 100%% (median)       %8.1f ms  (cpu %.1f; target < 30)\n",
        repaintNear.wall, repaintNear.cpu);
    std::printf("edit -> repaint, rename + move (median)            %8.1f ms  (target < 50)\n",
                editMs);
    std::printf("edit -> re-validate (%d findings) -> repaint (median) %6.1f ms  (target < 50)\n",
                findings, validatedMs);
    return 0;
}
