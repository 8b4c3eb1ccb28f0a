#pragma once
// One model's canvas scene built for paper: the same ModelScene the editor shows, with no view,
// in print mode, so that export draws exactly what the canvas draws.
#include "model/Ids.h"

#include <QColor>
#include <QList>
#include <QRectF>
#include <memory>

class QPainter;

namespace el {

class Document;
class LogicModel;
class ModelScene;

class DiagramScene
{
public:
    DiagramScene(Document *document, ModelId model);
    ~DiagramScene();

    LogicModel *model() const;
    ModelScene *scene() const { return m_scene.get(); }
    // The rectangle around everything drawn, in scene units.
    QRectF contentRect() const;
    // True when a card or an arrow shows in this scene rectangle (a tile worth printing).
    bool hasContent(const QRectF &source) const;
    // The scene rectangles of the cards (where page breaks should not fall).
    QList<QRectF> cardRects() const;
    // The principles the model's cards claim, in order (for the legend).
    QList<int> principlesUsed() const;
    void setBackground(const QColor &colour);
    // Draws source (scene units) into target (painter units), keeping the aspect ratio.
    void render(QPainter *painter, const QRectF &target, const QRectF &source) const;

private:
    std::unique_ptr<ModelScene> m_scene;
};

} // namespace el
