#include "canvas/SceneGestures.h"

#include "canvas/CanvasStyle.h"
#include "canvas/ConnectionPreviewItem.h"
#include "canvas/InlineTitleEditor.h"
#include "canvas/ModelScene.h"
#include "canvas/NodeItem.h"
#include "commands/AddLinkCommand.h"
#include "commands/AddNodesCommand.h"
#include "commands/ChangeNodesCommand.h"
#include "commands/RemoveNodesCommand.h"
#include "document/Document.h"
#include "model/LinkRules.h"
#include "model/LogicModel.h"

namespace el {

using namespace CanvasStyle;

namespace {
// The title editor sits exactly over the card's title.
constexpr QPointF editorOffset(cardTextLeft, cardPadding);
constexpr double editorWidth = cardTextWidth;
} // namespace

SceneGestures::SceneGestures(ModelScene *scene)
    : m_scene(scene)
{}

SceneGestures::~SceneGestures() = default;

void SceneGestures::beginAddNode(NodeKind kind, const QPointF &scenePos)
{
    finishEditing(true);
    if (!m_scene->isEditable())
        return;
    m_pendingNode = Node();
    m_pendingNode.id = NodeId::create();
    m_pendingNode.kind = kind;
    m_scene->setPendingKind(kind);
    if (isAnnotation(kind))
        m_pendingNode.pos = scenePos;
    else
        m_pendingNode.pos
            = QPointF(m_scene->columnLayout().cardLeft(kind), scenePos.y() - cardMinHeight / 2);
    m_pending = new NodeItem(m_pendingNode);
    m_pending->setFlags({});
    m_pending->setEditing(true);
    m_pending->setPos(isAnnotation(kind) ? scenePos - QPointF(cardWidth / 2, cardMinHeight / 2)
                                         : m_pendingNode.pos);
    m_pending->setZValue(25);
    m_scene->addItem(m_pending);

    m_editor = new InlineTitleEditor(QString(), editorWidth, m_pending);
    m_editor->setPos(editorOffset);
    connect(m_editor, &InlineTitleEditor::textEdited, this,
            [this](const QString &text) { m_pending->setEditing(true, text); });
    connect(m_editor, &InlineTitleEditor::committed, this, [this] { finishEditing(true); });
    connect(m_editor, &InlineTitleEditor::cancelled, this, [this] { finishEditing(false); });
    m_scene->clearSelection();
    m_editor->start();
    Q_EMIT m_scene->titleEditingStarted(m_pending->sceneBoundingRect());
    Q_EMIT m_scene->statusMessage(
        tr("Type the title, then press Enter to add the card, or Escape to cancel."));
}

void SceneGestures::editTitle(NodeId id)
{
    finishEditing(true);
    NodeItem *item = m_scene->nodeItem(id);
    if (!item || !m_scene->isEditable())
        return;
    m_editedNode = id;
    item->setEditing(true, item->title());
    m_editor = new InlineTitleEditor(item->title(), editorWidth, item);
    m_editor->setPos(editorOffset);
    connect(m_editor, &InlineTitleEditor::textEdited, this, [this](const QString &text) {
        if (NodeItem *n = m_scene->nodeItem(m_editedNode))
            n->setEditing(true, text);
    });
    connect(m_editor, &InlineTitleEditor::committed, this, [this] { finishEditing(true); });
    connect(m_editor, &InlineTitleEditor::cancelled, this, [this] { finishEditing(false); });
    m_editor->start();
    Q_EMIT m_scene->titleEditingStarted(item->sceneBoundingRect());
}

void SceneGestures::closeEditor()
{
    if (!m_editor)
        return;
    // The editor may be the sender of the signal being handled: detach it now, delete it later.
    InlineTitleEditor *editor = m_editor;
    m_editor = nullptr;
    editor->disconnect(this);
    editor->clearFocus();
    editor->setParentItem(nullptr);
    if (editor->scene())
        editor->scene()->removeItem(editor);
    editor->deleteLater();
}

void SceneGestures::finishEditing(bool commit)
{
    if (!m_editor)
        return;
    const QString title = m_editor->title();
    closeEditor();
    Document *doc = m_scene->document();
    if (m_pending) {
        delete m_pending;
        m_pending = nullptr;
        m_scene->setPendingKind(std::nullopt);
        if (commit && !title.isEmpty() && m_scene->isEditable()) {
            Node node = m_pendingNode;
            node.title = title;
            doc->push(new AddNodesCommand(doc->project(), m_scene->modelId(), {node}));
            m_scene->selectNodes({node.id});
        }
        Q_EMIT m_scene->statusMessage(QString());
        return;
    }
    const NodeId id = m_editedNode;
    m_editedNode = {};
    if (NodeItem *item = m_scene->nodeItem(id))
        item->setEditing(false);
    const LogicModel *model = m_scene->model();
    const Node *node = model ? model->node(id) : nullptr;
    if (commit && node && !title.isEmpty() && title != node->title && m_scene->isEditable()) {
        Node after = *node;
        after.title = title;
        doc->push(new EditNodeCommand(doc->project(), m_scene->modelId(), after));
    }
}

void SceneGestures::dragStarted()
{
    m_dragStart.clear();
    for (NodeId id : m_scene->selectedNodeIds()) {
        if (NodeItem *n = m_scene->nodeItem(id))
            m_dragStart.insert(id, n->pos());
    }
}

void SceneGestures::dragFinished()
{
    if (m_dragStart.isEmpty())
        return;
    const auto start = std::exchange(m_dragStart, {});
    const LogicModel *model = m_scene->model();
    if (!model)
        return;
    QList<QPair<NodeId, QPointF>> moves;
    QList<NodeId> moved;
    for (auto it = start.cbegin(); it != start.cend(); ++it) {
        NodeItem *n = m_scene->nodeItem(it.key());
        if (!n || n->pos() == it.value())
            continue;
        moves << qMakePair(it.key(), n->pos());
        moved << it.key();
    }
    if (moves.isEmpty())
        return;
    // Model order, so the command is the same whatever order the selection came in.
    std::sort(moves.begin(), moves.end(), [model](const auto &a, const auto &b) {
        return model->nodeIndex(a.first) < model->nodeIndex(b.first);
    });
    Document *doc = m_scene->document();
    doc->push(new MoveNodesCommand(doc->project(), m_scene->modelId(), moves));
    // Whatever the command did, the cards show the model's positions.
    for (NodeId id : moved) {
        const Node *node = model->node(id);
        NodeItem *n = m_scene->nodeItem(id);
        if (node && n)
            n->setPos(m_scene->cardPosition(node->kind, node->pos));
    }
}

void SceneGestures::nudgeSelection(const QPointF &delta)
{
    const LogicModel *model = m_scene->model();
    if (!model || !m_scene->isEditable())
        return;
    QList<QPair<NodeId, QPointF>> moves;
    for (NodeId id : m_scene->selectedNodeIds()) {
        const Node *node = model->node(id);
        if (!node)
            continue;
        // Chain cards belong to their column: they move only up and down.
        const QPointF d = isAnnotation(node->kind) ? delta : QPointF(0, delta.y());
        if (!d.isNull())
            moves << qMakePair(id, node->pos + d);
    }
    if (moves.isEmpty())
        return;
    Document *doc = m_scene->document();
    doc->push(new MoveNodesCommand(doc->project(), m_scene->modelId(), moves));
}

void SceneGestures::deleteSelection()
{
    if (!m_scene->isEditable())
        return;
    const QList<NodeId> nodes = m_scene->selectedNodeIds();
    const QList<LinkId> links = m_scene->selectedLinkIds();
    if (nodes.isEmpty() && links.isEmpty())
        return;
    Document *doc = m_scene->document();
    if (nodes.isEmpty())
        doc->push(new RemoveLinksCommand(doc->project(), m_scene->modelId(), links));
    else
        doc->push(new RemoveNodesCommand(doc->project(), m_scene->modelId(), nodes, links));
}

NodeItem *SceneGestures::targetAt(const QPointF &scenePos) const
{
    for (QGraphicsItem *i : m_scene->items(scenePos)) {
        if (i->type() == NodeItem::Type && i != m_pending)
            return static_cast<NodeItem *>(i);
    }
    return nullptr;
}

void SceneGestures::setTarget(NodeItem *target, bool valid)
{
    if (m_target && m_target != target)
        m_target->setTargetCue(NodeItem::TargetCue::None);
    m_target = target;
    m_targetValid = target && valid;
    if (m_target)
        m_target->setTargetCue(valid ? NodeItem::TargetCue::Valid : NodeItem::TargetCue::Refused);
}

void SceneGestures::beginConnect(NodeItem *from, const QPointF &scenePos)
{
    finishEditing(true);
    cancelConnect();
    m_connectFrom = from;
    m_preview = new ConnectionPreviewItem;
    m_scene->addItem(m_preview);
    m_preview->setEnds(from->outPort(), scenePos, ConnectionPreviewItem::State::Free);
    Q_EMIT m_scene->statusMessage(tr("Drag to the card this one leads to."));
}

void SceneGestures::updateConnect(const QPointF &scenePos)
{
    if (!m_connectFrom || !m_scene->model())
        return;
    NodeItem *target = targetAt(scenePos);
    if (target == m_connectFrom)
        target = nullptr; // still over its own card: not yet a choice
    if (!target) {
        setTarget(nullptr, false);
        m_preview->setEnds(m_connectFrom->outPort(), scenePos, ConnectionPreviewItem::State::Free);
        return;
    }
    const Result<> ok = LinkRules::canConnect(*m_scene->model(), m_connectFrom->id(), target->id());
    const bool changed = target != m_target;
    setTarget(target, ok.has_value());
    if (ok) {
        m_preview->setEnds(m_connectFrom->outPort(), target->inPort(),
                           ConnectionPreviewItem::State::Valid);
        if (changed)
            Q_EMIT m_scene->statusMessage(tr("Release to connect \"%1\" to \"%2\".")
                                              .arg(m_connectFrom->title(), target->title()));
    } else {
        m_preview->setEnds(m_connectFrom->outPort(), scenePos,
                           ConnectionPreviewItem::State::Refused);
        if (changed)
            Q_EMIT m_scene->statusMessage(ok.error());
    }
}

void SceneGestures::endConnect(const QPointF &scenePos)
{
    if (!m_connectFrom)
        return;
    updateConnect(scenePos);
    NodeItem *from = m_connectFrom;
    NodeItem *target = m_target;
    const bool valid = m_targetValid;
    cancelConnect();
    if (target && valid && m_scene->isEditable()) {
        Link link;
        link.id = LinkId::create();
        link.from = from->id();
        link.to = target->id();
        Document *doc = m_scene->document();
        doc->push(new AddLinkCommand(doc->project(), m_scene->modelId(), link));
        Q_EMIT m_scene->statusMessage(QString());
    } else if (!target) {
        Q_EMIT m_scene->statusMessage(QString());
    }
    // A refused target leaves its reason in the status bar.
}

void SceneGestures::cancelConnect()
{
    setTarget(nullptr, false);
    m_connectFrom = nullptr;
    delete m_preview;
    m_preview = nullptr;
}

void SceneGestures::reset()
{
    closeEditor();
    delete m_pending;
    m_pending = nullptr;
    m_editedNode = {};
    m_dragStart.clear();
    cancelConnect();
}

} // namespace el
