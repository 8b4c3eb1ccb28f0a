// What screen reader support costs at 2,000 cards: Tab, an edit and a repaint with no client
// listening and with one, and a client reading every card of the list (name, description, state,
// place) the first time and again. With a client, the events go to a recorder instead of the
// platform's bridge, so the bridge's own cost (D-Bus on Linux) is not in these figures.
// Run offscreen: QT_QPA_PLATFORM=offscreen ./CanvasAccessibilityBench
#include "AccessibilityRecorder.h"
#include "BenchSupport.h"
#include "canvas/CanvasAccessible.h"
#include "canvas/CanvasView.h"
#include "canvas/ModelScene.h"
#include "commands/ChangeNodesCommand.h"
#include "document/Document.h"
#include "model/LogicModel.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QHash>
#include <QKeyEvent>
#include <algorithm>
#include <cstdio>
#include <memory>

using namespace el;
using bench::median;
using bench::ms;

namespace {
struct Figures
{
    double tab = 0;
    double edit = 0;
    double repaint = 0;
};

// Median times of a Tab (with the selection and focus settled), an edit of a card's title and a
// repaint of the view.
Figures measure(CanvasView &view, Document &doc, ModelId modelId, int runs)
{
    QList<double> tabs, edits, repaints;
    // Both rounds walk the same cards from the first one, over the same part of the model.
    view.modelScene()->clearSelection();
    view.centerOn(view.modelScene()->contentRect().topLeft());
    QApplication::processEvents();
    const LogicModel *model = doc.project()->model(modelId);
    const NodeId edited = model->nodes().at(model->nodes().size() / 2).id;
    for (int i = 0; i < runs; ++i) {
        QElapsedTimer t;
        t.start();
        QKeyEvent press(QEvent::KeyPress, Qt::Key_Tab, Qt::NoModifier);
        QApplication::sendEvent(&view, &press);
        QApplication::processEvents();
        tabs << ms(t);

        Node n = *model->node(edited);
        n.title = QStringLiteral("Edited title %1").arg(i);
        t.restart();
        doc.push(new EditNodeCommand(doc.project(), modelId, n));
        QApplication::processEvents();
        edits << ms(t);

        t.restart();
        view.viewport()->repaint();
        repaints << ms(t);
    }
    return {median(tabs), median(edits), median(repaints)};
}

// A client walking the whole list, as a screen reader's review of the canvas does.
double readAll(QAccessibleInterface *canvas)
{
    QElapsedTimer t;
    t.start();
    qsizetype characters = 0;
    const int count = canvas->childCount();
    for (int i = 0; i < count; ++i) {
        QAccessibleInterface *card = canvas->child(i);
        characters += card->text(QAccessible::Name).size();
        characters += card->text(QAccessible::Description).size();
        characters += card->state().selected ? 1 : 0;
        characters += card->rect().width() > 0 ? 1 : 0;
    }
    const double elapsed = ms(t);
    if (characters == 0)
        std::printf("nothing read\n");
    return elapsed;
}
} // namespace

int main(int argc, char **argv)
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    CanvasAccessible::installFactory();

    const ModelData data = bench::stackedModel();
    auto project = std::make_unique<Project>();
    project->insertModel(data);
    Document doc(std::move(project));
    CanvasView view(&doc);
    view.resize(1280, 800);
    view.setModel(data.id);
    view.show();
    view.activateWindow();
    view.setFocus();
    view.setZoom(0.45);
    QApplication::processEvents();

    const int runs = 31;
    const Figures alone = measure(view, doc, data.id, runs);
    Figures listened;
    double firstRead = 0;
    double againRead = 0;
    {
        test::AccessibilityRecorder client;
        QAccessibleInterface *canvas = QAccessible::queryAccessibleInterface(&view);
        firstRead = readAll(canvas);
        againRead = readAll(canvas);
        listened = measure(view, doc, data.id, runs);
    }

    std::printf("Canvas accessibility benchmark: %lld cards, %lld links\n",
                static_cast<long long>(data.nodes.size()),
                static_cast<long long>(data.links.size()));
    std::printf("                                 no client    client listening\n");
    std::printf("Tab to the next card (median)    %7.2f ms    %7.2f ms\n", alone.tab, listened.tab);
    std::printf("rename a card (median)           %7.2f ms    %7.2f ms\n", alone.edit,
                listened.edit);
    std::printf("repaint at 45%% (median)          %7.2f ms    %7.2f ms\n", alone.repaint,
                listened.repaint);
    std::printf("client reads every card: first time %.1f ms, again %.1f ms\n", firstRead,
                againRead);
    return 0;
}
