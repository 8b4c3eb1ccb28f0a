#include "canvas/CanvasAccessible.h"

#include "canvas/ArrowAccessible.h"
#include "canvas/CanvasView.h"
#include "canvas/CardAccessible.h"
#include "canvas/LinkItem.h"
#include "canvas/ModelScene.h"
#include "canvas/NodeItem.h"
#include "model/CardOrder.h"
#include "model/LogicModel.h"

#include <QApplication>
#include <QCoreApplication>

namespace el {

namespace {
// Past this many cards and arrows selected or deselected at once, the client hears that the
// selection changed rather than about each one.
constexpr qsizetype maxSelectionEvents = 32;

QAccessibleInterface *canvasFactory(const QString &className, QObject *object)
{
    if (className == QLatin1StringView(CanvasView::staticMetaObject.className()))
        if (auto *view = qobject_cast<CanvasView *>(object))
            return new CanvasAccessible(view);
    return nullptr;
}

const QList<LinkId> noArrows;
} // namespace

template<typename Interface, typename Key>
QAccessibleInterface *CanvasAccessible::made(QHash<Key, QAccessible::Id> &known, Key id,
                                             bool drawn) const
{
    if (const QAccessible::Id iface = known.value(id))
        return QAccessible::accessibleInterface(iface);
    if (!drawn)
        return nullptr;
    auto *iface = new Interface(const_cast<CanvasAccessible *>(this), id);
    known.insert(id, QAccessible::registerAccessibleInterface(iface));
    return iface;
}

void CanvasAccessible::installFactory()
{
    QAccessible::installFactory(canvasFactory);
}

CanvasAccessible::CanvasAccessible(CanvasView *view)
    : QAccessibleWidget(view, QAccessible::List)
    , m_scene(view->modelScene())
{
    // Qt makes this interface for every canvas, client or not (a widget's accessibility events
    // ask for it before they look whether anyone listens): it only connects two signals that
    // return at once while no client is active, and follows the model from the first time a
    // client asks about the canvas or is there when the selection changes.
    m_settleTimer.setSingleShot(true);
    m_settleTimer.setInterval(0);
    QObject::connect(&m_settleTimer, &QTimer::timeout, &m_context, [this] { settle(); });
    QObject::connect(m_scene, &QGraphicsScene::selectionChanged, &m_context, [this] {
        if (!QAccessible::isActive())
            return;
        // Met first here, the selection before this change is not known: all of it is news.
        if (!m_following)
            followModel();
        m_settleTimer.start();
    });
    // Coming back to the canvas (Ctrl+Tab, Escape from the find bar) names the card the keyboard
    // is on, after Qt has named the canvas itself.
    QObject::connect(qApp, &QApplication::focusChanged, &m_context,
                     [this](QWidget *, QWidget *now) {
                         if (!now || now != this->view() || !QAccessible::isActive())
                             return;
                         ensureFollowing();
                         m_focusInPending = true;
                         m_settleTimer.start();
                     });
}

CanvasAccessible::~CanvasAccessible()
{
    forgetChildren();
}

void CanvasAccessible::ensureFollowing() const
{
    if (m_following)
        return;
    auto *self = const_cast<CanvasAccessible *>(this);
    self->followModel();
    if (!m_scene)
        return;
    const QList<NodeId> cards = m_scene->selectedNodeIds();
    const QList<LinkId> arrows = m_scene->selectedLinkIds();
    self->m_selectedCards = QSet<NodeId>(cards.cbegin(), cards.cend());
    self->m_selectedArrows = QSet<LinkId>(arrows.cbegin(), arrows.cend());
    self->m_currentCard = cards.isEmpty() ? NodeId() : cards.last();
    self->m_currentArrow = cards.isEmpty() && !arrows.isEmpty() ? arrows.last() : LinkId();
}

CanvasView *CanvasAccessible::view() const
{
    return static_cast<CanvasView *>(widget());
}

ModelScene *CanvasAccessible::scene() const
{
    return m_scene;
}

const LogicModel *CanvasAccessible::model() const
{
    ensureFollowing();
    return m_model;
}

void CanvasAccessible::followModel()
{
    if (!m_following && m_scene) {
        QObject::connect(m_scene, &ModelScene::modelReset, &m_context, [this] { followModel(); });
    }
    m_following = true;
    for (const auto &c : std::as_const(m_modelConnections))
        QObject::disconnect(c);
    m_modelConnections.clear();
    forgetChildren();
    m_orderValid = false;
    m_arrowsValid = false;
    m_selectedCards.clear();
    m_selectedArrows.clear();
    m_currentCard = {};
    m_currentArrow = {};
    m_model = scene() ? scene()->model() : nullptr;
    if (!m_model)
        return;
    LogicModel *m = m_model;
    m_modelConnections << QObject::connect(m, &LogicModel::nodeAdded, &m_context,
                                           [this](NodeId id) { onNodeAdded(id); })
                       << QObject::connect(
                              m, &LogicModel::nodeChanged, &m_context,
                              [this](NodeId id, NodeFields f) { onNodeChanged(id, f.toInt()); })
                       << QObject::connect(m, &LogicModel::nodeAboutToBeRemoved, &m_context,
                                           [this](NodeId id) { onNodeRemoved(id); })
                       << QObject::connect(m, &LogicModel::linkAdded, &m_context,
                                           [this](LinkId id) { onLinkAdded(id); })
                       << QObject::connect(m, &LogicModel::linkAboutToBeRemoved, &m_context,
                                           [this](LinkId id) { onLinkRemoved(id); });
}

void CanvasAccessible::forgetChildren()
{
    // The cache may have deleted them already while the application ends.
    for (QAccessible::Id id : std::as_const(m_arrows))
        QAccessible::deleteAccessibleInterface(id);
    for (QAccessible::Id id : std::as_const(m_cards))
        QAccessible::deleteAccessibleInterface(id);
    m_arrows.clear();
    m_cards.clear();
}

void CanvasAccessible::forgetCard(NodeId id)
{
    if (const QAccessible::Id iface = m_cards.take(id))
        QAccessible::deleteAccessibleInterface(iface);
}

void CanvasAccessible::forgetArrow(LinkId id)
{
    if (const QAccessible::Id iface = m_arrows.take(id))
        QAccessible::deleteAccessibleInterface(iface);
}

void CanvasAccessible::ensureOrder() const
{
    ensureFollowing();
    if (m_orderValid)
        return;
    m_order = m_model ? CardOrder::reading(*m_model) : QList<NodeId>();
    m_orderIndex.clear();
    m_orderIndex.reserve(m_order.size());
    for (int i = 0; i < m_order.size(); ++i)
        m_orderIndex.insert(m_order.at(i), i);
    m_orderValid = true;
}

void CanvasAccessible::ensureArrows() const
{
    ensureFollowing();
    if (m_arrowsValid)
        return;
    m_out.clear();
    m_in.clear();
    if (m_model) {
        for (const Link &l : m_model->links()) {
            m_out[l.from] << l.id;
            ++m_in[l.to];
        }
    }
    m_arrowsValid = true;
}

QAccessible::Role CanvasAccessible::role() const
{
    return QAccessible::List;
}

QAccessible::State CanvasAccessible::state() const
{
    QAccessible::State s = QAccessibleWidget::state();
    s.multiSelectable = true;
    s.extSelectable = true;
    return s;
}

QString CanvasAccessible::text(QAccessible::Text t) const
{
    QString text = QAccessibleWidget::text(t);
    if (t == QAccessible::Description && text.isEmpty() && isValid()) {
        text = QCoreApplication::translate(
            "el::CanvasAccessible",
            "%n card(s). Tab and Shift+Tab go from card to card, Ctrl+L draws an arrow from the "
            "selected card, Ctrl+Tab leaves the canvas.",
            nullptr, childCount());
    }
    return text;
}

int CanvasAccessible::childCount() const
{
    ensureFollowing();
    const ModelScene *s = scene();
    return s && m_model ? s->nodeItemCount() : 0;
}

QAccessibleInterface *CanvasAccessible::child(int index) const
{
    ensureOrder();
    return index >= 0 && index < m_order.size() ? card(m_order.at(index)) : nullptr;
}

int CanvasAccessible::indexOfChild(const QAccessibleInterface *child) const
{
    const auto *c = dynamic_cast<const CardAccessible *>(child);
    return c ? indexOfCard(c->id()) : -1;
}

int CanvasAccessible::indexOfCard(NodeId id) const
{
    ensureOrder();
    return m_orderIndex.value(id, -1);
}

QAccessibleInterface *CanvasAccessible::childAt(int x, int y) const
{
    ensureFollowing();
    const CanvasView *v = view();
    const ModelScene *s = scene();
    if (!v || !s)
        return nullptr;
    const QPoint inView = v->viewport()->mapFromGlobal(QPoint(x, y));
    for (QGraphicsItem *item : s->items(v->mapToScene(inView))) {
        if (item->type() == NodeItem::Type)
            return card(static_cast<NodeItem *>(item)->id());
        if (item->type() == LinkItem::Type)
            return arrow(static_cast<LinkItem *>(item)->id());
    }
    return nullptr;
}

QAccessibleInterface *CanvasAccessible::focusChild() const
{
    ensureFollowing();
    const CanvasView *v = view();
    if (v && v->hasFocus()) {
        if (!m_currentCard.isNull())
            return card(m_currentCard);
        if (!m_currentArrow.isNull())
            return arrow(m_currentArrow);
    }
    return QAccessibleWidget::focusChild();
}

QRect CanvasAccessible::screenRect(const QRectF &sceneRect) const
{
    const CanvasView *v = view();
    if (!v)
        return {};
    const QRect inView = v->mapFromScene(sceneRect).boundingRect();
    return inView.translated(v->viewport()->mapToGlobal(QPoint(0, 0)));
}

QAccessibleInterface *CanvasAccessible::card(NodeId id) const
{
    ensureFollowing();
    const ModelScene *s = scene();
    return made<CardAccessible>(m_cards, id, s && s->nodeItem(id));
}

QAccessibleInterface *CanvasAccessible::arrow(LinkId id) const
{
    ensureFollowing();
    const ModelScene *s = scene();
    return made<ArrowAccessible>(m_arrows, id, s && s->linkItem(id));
}

const QList<LinkId> &CanvasAccessible::arrowsOut(NodeId id) const
{
    ensureArrows();
    const auto it = m_out.constFind(id);
    return it == m_out.cend() ? noArrows : it.value();
}

int CanvasAccessible::arrowsIn(NodeId id) const
{
    ensureArrows();
    return m_in.value(id);
}

void CanvasAccessible::send(QAccessibleInterface *iface, QAccessible::Event type) const
{
    if (!iface)
        return;
    QAccessibleEvent event(iface, type);
    QAccessible::updateAccessibility(&event);
}

void CanvasAccessible::onNodeAdded(NodeId id)
{
    m_orderValid = false;
    if (QAccessible::isActive())
        send(card(id), QAccessible::ObjectCreated);
}

void CanvasAccessible::onNodeChanged(NodeId id, int fields)
{
    const auto f = NodeFields::fromInt(fields);
    if (f & (NodeField::Kind | NodeField::Position))
        m_orderValid = false;
    if (!m_cards.contains(id) || !QAccessible::isActive())
        return;
    if (f & NodeField::Title)
        send(card(id), QAccessible::NameChanged);
    if (f & (NodeField::Kind | NodeField::Principles | NodeField::Indicators))
        send(card(id), QAccessible::DescriptionChanged);
}

void CanvasAccessible::onNodeRemoved(NodeId id)
{
    m_orderValid = false;
    m_selectedCards.remove(id);
    if (m_currentCard == id)
        m_currentCard = {};
    if (m_cards.contains(id)) {
        if (QAccessible::isActive())
            send(card(id), QAccessible::ObjectDestroyed);
        forgetCard(id);
    }
}

void CanvasAccessible::onLinkAdded(LinkId id)
{
    m_arrowsValid = false;
    if (!QAccessible::isActive())
        return;
    const Link *link = m_model ? m_model->link(id) : nullptr;
    if (!link)
        return;
    // Only the cards a client has already met hear that their counts changed.
    if (m_cards.contains(link->from)) {
        send(arrow(id), QAccessible::ObjectCreated);
        send(card(link->from), QAccessible::DescriptionChanged);
    }
    if (m_cards.contains(link->to))
        send(card(link->to), QAccessible::DescriptionChanged);
}

void CanvasAccessible::onLinkRemoved(LinkId id)
{
    m_arrowsValid = false;
    m_selectedArrows.remove(id);
    if (m_currentArrow == id)
        m_currentArrow = {};
    const bool active = QAccessible::isActive();
    if (m_arrows.contains(id)) {
        if (active)
            send(arrow(id), QAccessible::ObjectDestroyed);
        forgetArrow(id);
    }
    const Link *link = m_model ? m_model->link(id) : nullptr;
    if (!link || !active)
        return;
    // Told after the arrow has gone, so that the counts are right when the client asks.
    const NodeId ends[] = {link->from, link->to};
    QMetaObject::invokeMethod(
        &m_context,
        [this, ends] {
            for (NodeId end : ends) {
                if (m_cards.contains(end))
                    send(card(end), QAccessible::DescriptionChanged);
            }
        },
        Qt::QueuedConnection);
}

void CanvasAccessible::settle()
{
    const ModelScene *s = scene();
    if (!s || !m_model)
        return;
    const QList<NodeId> cards = s->selectedNodeIds();
    const QList<LinkId> arrows = s->selectedLinkIds();
    const QSet<NodeId> cardSet(cards.cbegin(), cards.cend());
    const QSet<LinkId> arrowSet(arrows.cbegin(), arrows.cend());
    const bool active = QAccessible::isActive();
    if (active)
        announceSelection(cardSet, arrowSet);
    m_selectedCards = cardSet;
    m_selectedArrows = arrowSet;

    // The keyboard's place: the one item selected; else it stays where it was if that is still
    // selected, or goes to the last selected card.
    NodeId current;
    LinkId currentArrow;
    if (cards.size() + arrows.size() == 1) {
        current = cards.value(0);
        currentArrow = arrows.value(0);
    } else if (cardSet.contains(m_currentCard)) {
        current = m_currentCard;
    } else if (!cards.isEmpty()) {
        current = cards.last();
    }
    const bool moved = current != m_currentCard || currentArrow != m_currentArrow;
    m_currentCard = current;
    m_currentArrow = currentArrow;
    const bool focusIn = std::exchange(m_focusInPending, false);
    const CanvasView *v = view();
    if (!active || !v || !v->hasFocus() || !(moved || focusIn))
        return;
    if (!current.isNull())
        send(card(current), QAccessible::Focus);
    else if (!currentArrow.isNull())
        send(arrow(currentArrow), QAccessible::Focus);
    else if (moved) {
        // Nothing is selected any more: the keyboard is on the canvas itself.
        QAccessibleEvent event(const_cast<CanvasView *>(v), QAccessible::Focus);
        QAccessible::updateAccessibility(&event);
    }
}

void CanvasAccessible::announceSelection(const QSet<NodeId> &cards, const QSet<LinkId> &arrows)
{
    const QSet<NodeId> cardsOn = cards - m_selectedCards;
    const QSet<NodeId> cardsOff = m_selectedCards - cards;
    const QSet<LinkId> arrowsOn = arrows - m_selectedArrows;
    const QSet<LinkId> arrowsOff = m_selectedArrows - arrows;
    const qsizetype changes = cardsOn.size() + cardsOff.size() + arrowsOn.size() + arrowsOff.size();
    if (changes == 0)
        return;
    if (changes > maxSelectionEvents) {
        QAccessibleEvent event(view(), QAccessible::SelectionWithin);
        QAccessible::updateAccessibility(&event);
        return;
    }
    for (NodeId id : cardsOff)
        send(card(id), QAccessible::SelectionRemove);
    for (LinkId id : arrowsOff)
        send(arrow(id), QAccessible::SelectionRemove);
    // One item selected alone is a Selection; more are each added to it.
    const QAccessible::Event on
        = cards.size() + arrows.size() == 1 ? QAccessible::Selection : QAccessible::SelectionAdd;
    for (NodeId id : cardsOn)
        send(card(id), on);
    for (LinkId id : arrowsOn)
        send(arrow(id), on);
}

} // namespace el
