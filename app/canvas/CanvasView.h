#pragma once
// The canvas: shows one logic model of a document as columns of cards joined by arrows, and
// turns the user's gestures into document commands. Zoom with Ctrl+wheel and the keyboard, pan
// with the wheel, middle drag and space+drag.
#include "model/Ids.h"
#include "validation/Diagnostic.h"

#include <QGraphicsView>

namespace el {

class Document;
class ModelScene;

class CanvasView : public QGraphicsView
{
    Q_OBJECT
public:
    explicit CanvasView(Document *document, QWidget *parent = nullptr);
    ~CanvasView() override;

    // Which model is shown (a null id shows nothing).
    void setModel(ModelId model);
    ModelId model() const;
    ModelScene *modelScene() const;

    QList<NodeId> selectedNodes() const;
    QList<LinkId> selectedLinks() const;
    void selectNodes(const QList<NodeId> &nodes, bool centre = true);
    // Draws attention to one chain (a finding's example), dimming the rest; empty clears it.
    void highlightChain(const QList<NodeId> &chain);
    // Dims everything that is not on a chain serving the principle; 0 clears it.
    void highlightPrinciple(int principle);

    // The findings to mark on the cards (a marker with a tooltip listing them).
    void setDiagnostics(const QList<Diagnostic> &diagnostics);

    double zoom() const; // 1.0 is actual size
    void setZoom(double zoom);

public Q_SLOTS:
    void zoomIn();
    void zoomOut();
    void zoomToFit();
    void actualSize();
    // Adds a card of this kind (a NodeKind as int) at a free spot of its column and starts
    // editing its title: Enter adds it (one undo step), Escape adds nothing.
    void addNodeOfKind(int kind);

Q_SIGNALS:
    void selectionChanged();
    void zoomChanged(double zoom);
    // A short message for the status bar, for example why a link was refused.
    void statusMessage(const QString &message);
    // A right click (or the menu key): the selection already holds what was clicked (a card or
    // arrow not yet selected becomes the selection; empty space clears it).
    void contextMenuRequested(const QPoint &globalPos, const QPointF &scenePos);

protected:
    void wheelEvent(QWheelEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void keyReleaseEvent(QKeyEvent *event) override;
    void focusOutEvent(QFocusEvent *event) override;
    // Tab and Shift+Tab walk the cards in reading order (CardOrder); Ctrl+Tab leaves the canvas,
    // as it leaves a text editor.
    bool focusNextPrevChild(bool next) override;
    void contextMenuEvent(QContextMenuEvent *event) override;

private:
    void fitRect(const QRectF &rect);
    void showEditedCard(const QRectF &cardRect);
    void startPan(const QPoint &pos);

    Document *m_document;
    ModelScene *m_scene;
    bool m_panning = false;
    bool m_spaceHeld = false;
    QPoint m_panLast;
};

} // namespace el
