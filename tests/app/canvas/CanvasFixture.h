#pragma once
// Documents with small models shown in a real canvas widget, for the canvas tests.
#include "BundleModel.h"
#include "ModelBuilder.h"
#include "canvas/CanvasView.h"
#include "canvas/ModelScene.h"
#include "canvas/NodeItem.h"
#include "document/Document.h"
#include "model/LogicModel.h"

#include <QApplication>
#include <QMouseEvent>
#include <memory>

namespace el::test {

// A model shown in a real canvas widget, with the mouse at hand.
struct CanvasViewFixture
{
    ModelId modelId;
    std::unique_ptr<Document> doc;
    std::unique_ptr<CanvasView> view;

    void open(std::unique_ptr<Project> project, ModelId model, const QSize &size)
    {
        modelId = model;
        doc = std::make_unique<Document>(std::move(project));
        view = std::make_unique<CanvasView>(doc.get());
        view->resize(size);
        view->setModel(modelId);
    }

    LogicModel *model() const { return doc->project()->model(modelId); }
    ModelScene *scene() const { return view->modelScene(); }
    NodeItem *item(NodeId id) const { return scene()->nodeItem(id); }

    void show()
    {
        view->show();
        view->activateWindow();
        view->setFocus();
        QApplication::processEvents();
        view->zoomToFit();
        view->actualSize();
        view->centerOn(scene()->contentRect().center());
        QApplication::processEvents();
    }

    QPoint toView(const QPointF &scenePos) const { return view->mapFromScene(scenePos); }

    void mouse(QEvent::Type type, const QPointF &scenePos, Qt::MouseButton button,
               Qt::MouseButtons buttons, Qt::KeyboardModifiers mods = {})
    {
        QWidget *w = view->viewport();
        const QPointF p = toView(scenePos);
        QMouseEvent e(type, p, w->mapToGlobal(p), button, buttons, mods);
        QApplication::sendEvent(w, &e);
    }

    // A left-button drag from one scene point to another, in steps.
    void drag(const QPointF &from, const QPointF &to, int steps = 6)
    {
        mouse(QEvent::MouseButtonPress, from, Qt::LeftButton, Qt::LeftButton);
        for (int i = 1; i <= steps; ++i)
            mouse(QEvent::MouseMove, from + (to - from) * (double(i) / steps), Qt::NoButton,
                  Qt::LeftButton);
        mouse(QEvent::MouseButtonRelease, to, Qt::LeftButton, Qt::NoButton);
        QApplication::processEvents();
    }
};

// The Housing and Health model: input, activity, output, outcome; two arrows.
struct CanvasFixture : CanvasViewFixture
{
    NodeId input, activity, output, outcome;

    CanvasFixture()
    {
        ModelBuilder b(QStringLiteral("Housing and Health"));
        input = b.node(NodeKind::Input, QStringLiteral("Housing officers"));
        activity = b.node(NodeKind::Activity, QStringLiteral("Home energy visits"), {4});
        output = b.node(NodeKind::Output, QStringLiteral("Homes visited"));
        outcome = b.node(NodeKind::OutcomeShort, QStringLiteral("Warmer homes"), {4, 5});
        b.link(input, activity);
        b.link(activity, output);
        open(b.project(), b.data().id, QSize(1400, 900));
    }
};

// The model of BundleModel (a 3 x 3 bundle and a plain arrow) on a canvas.
struct BundleFixture : BundleModel, CanvasViewFixture
{
    BundleFixture() { open(std::move(project), BundleModel::modelId, QSize(1200, 800)); }
    using CanvasViewFixture::modelId;
};

} // namespace el::test
