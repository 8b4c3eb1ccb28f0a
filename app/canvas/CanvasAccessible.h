#pragma once
// What a screen reader (Orca, NVDA, Narrator) finds on the canvas: a list whose items are the
// cards in reading order (CardOrder), each card holding the arrows that leave it. Qt asks the
// factory for it only once an accessibility client is listening, so nothing here is built, kept
// up to date or sent while none is. It follows the model through its signals, and tells the
// client which card the keyboard is on (a focus event) and what is selected.
#include "model/Ids.h"

#include <QAccessibleWidget>
#include <QHash>
#include <QObject>
#include <QPointer>
#include <QSet>
#include <QTimer>

namespace el {

class CanvasView;
class LinkItem;
class LogicModel;
class ModelScene;
class NodeItem;

class CanvasAccessible : public QAccessibleWidget
{
public:
    explicit CanvasAccessible(CanvasView *view);
    ~CanvasAccessible() override;

    // Registers the factory with Qt (once, where the application starts).
    static void installFactory();

    // Whether it follows the model and how many card and arrow interfaces it holds: neither
    // while no client has listened.
    bool isFollowing() const { return m_following; }
    int builtChildren() const { return static_cast<int>(m_cards.size() + m_arrows.size()); }

    QAccessible::Role role() const override;
    QAccessible::State state() const override;
    QString text(QAccessible::Text t) const override;
    int childCount() const override;
    QAccessibleInterface *child(int index) const override;
    int indexOfChild(const QAccessibleInterface *child) const override;
    QAccessibleInterface *childAt(int x, int y) const override;
    QAccessibleInterface *focusChild() const override;

    // For the card and arrow interfaces.
    CanvasView *view() const;
    ModelScene *scene() const;
    const LogicModel *model() const;
    QRect screenRect(const QRectF &sceneRect) const;
    // The interface of a card or arrow (made on first use, owned here); null if it is gone.
    QAccessibleInterface *card(NodeId id) const;
    QAccessibleInterface *arrow(LinkId id) const;
    int indexOfCard(NodeId id) const;
    const QList<LinkId> &arrowsOut(NodeId id) const;
    int arrowsIn(NodeId id) const;
    // The card or arrow the keyboard is on: the only one selected, or the one last reached.
    NodeId currentCard() const { return m_currentCard; }
    LinkId currentArrow() const { return m_currentArrow; }

private:
    // The interface kept for a card or arrow, made now if it is drawn and has none yet.
    template<typename Interface, typename Key>
    QAccessibleInterface *made(QHash<Key, QAccessible::Id> &known, Key id, bool drawn) const;
    void ensureFollowing() const;
    void followModel();
    void forgetChildren();
    void forgetCard(NodeId id);
    void forgetArrow(LinkId id);
    void ensureOrder() const;
    void ensureArrows() const;
    void send(QAccessibleInterface *iface, QAccessible::Event type) const;
    void onNodeAdded(NodeId id);
    void onNodeChanged(NodeId id, int fields);
    void onNodeRemoved(NodeId id);
    void onLinkAdded(LinkId id);
    void onLinkRemoved(LinkId id);
    // Selection and focus settle once per turn of the event loop: a rubber band or a removal of
    // many cards changes the selection many times over.
    void settle();
    void announceSelection(const QSet<NodeId> &cards, const QSet<LinkId> &arrows);

    QObject m_context; // owns the connections and the timer's slot
    // The view deletes its scene before it dies itself.
    QPointer<ModelScene> m_scene;
    QPointer<LogicModel> m_model;
    QList<QMetaObject::Connection> m_modelConnections;
    QTimer m_settleTimer;

    mutable QList<NodeId> m_order;
    mutable QHash<NodeId, int> m_orderIndex;
    mutable bool m_orderValid = false;
    mutable QHash<NodeId, QList<LinkId>> m_out;
    mutable QHash<NodeId, int> m_in;
    mutable bool m_arrowsValid = false;
    mutable QHash<NodeId, QAccessible::Id> m_cards;
    mutable QHash<LinkId, QAccessible::Id> m_arrows;

    QSet<NodeId> m_selectedCards;
    QSet<LinkId> m_selectedArrows;
    NodeId m_currentCard;
    LinkId m_currentArrow;
    bool m_focusInPending = false;
    bool m_following = false;
};

} // namespace el
