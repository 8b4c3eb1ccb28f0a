#pragma once
// Turns gestures on the model scene into document commands: typing a new card's title, editing
// a title in place, dragging cards (one step per drag), nudging with the arrow keys, deleting,
// and dragging a connection from a card's handle (refusing invalid targets with the reason).
#include "model/Node.h"

#include <QHash>
#include <QObject>
#include <QPointF>
#include <QPointer>

namespace el {

class ConnectionPreviewItem;
class InlineTitleEditor;
class ModelScene;
class NodeItem;

class SceneGestures : public QObject
{
    Q_OBJECT
public:
    explicit SceneGestures(ModelScene *scene);
    ~SceneGestures() override;

    // Adds a card of this kind at a scene point (snapped into its column) and opens its title
    // editor: Enter adds it as one undo step with that title; Escape (or an empty title) adds
    // nothing.
    void beginAddNode(NodeKind kind, const QPointF &scenePos);
    void editTitle(NodeId id);
    bool isEditingTitle() const { return m_editor != nullptr; }
    InlineTitleEditor *titleEditor() const { return m_editor; }
    void finishEditing(bool commit);

    // Dragging cards: positions when the drag began; one command on release.
    void dragStarted();
    void dragFinished();

    void beginConnect(NodeItem *from, const QPointF &scenePos);
    void updateConnect(const QPointF &scenePos);
    void endConnect(const QPointF &scenePos);
    void cancelConnect();
    bool isConnecting() const { return m_connectFrom != nullptr; }

    // One step per call: moves the selected cards by delta (chain cards only up and down).
    void nudgeSelection(const QPointF &delta);
    // Removes the selected cards and links (and every link touching them) in one step.
    void deleteSelection();

    // The model changed under us (another model shown): drop any gesture without pushing.
    void reset();

private:
    NodeItem *targetAt(const QPointF &scenePos) const;
    void setTarget(NodeItem *target, bool valid);
    void closeEditor();

    ModelScene *m_scene;

    // Title editing: either a pending new card (not yet in the model) or an existing one.
    InlineTitleEditor *m_editor = nullptr;
    NodeItem *m_pending = nullptr;
    Node m_pendingNode;
    NodeId m_editedNode;

    QHash<NodeId, QPointF> m_dragStart;

    NodeItem *m_connectFrom = nullptr;
    NodeItem *m_target = nullptr;
    bool m_targetValid = false;
    ConnectionPreviewItem *m_preview = nullptr;
};

} // namespace el
