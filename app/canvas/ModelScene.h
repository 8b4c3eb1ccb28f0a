#pragma once
// The scene of one logic model: mirrors the model through its change signals and id -> item
// maps (columns, cards, arrows, strands, the annotations band) and routes the user's gestures
// to SceneGestures, which asks the document for commands. It never changes the model itself.
#include "canvas/ColumnLayout.h"
#include "layout/EdgeBundles.h"
#include "model/Ids.h"
#include "validation/Diagnostic.h"

#include <QGraphicsScene>
#include <QHash>
#include <QPointer>
#include <QSet>
#include <QTimer>
#include <array>
#include <memory>

namespace el {

class ColumnItem;
class Document;
class GroupBandItem;
class LinkItem;
class LogicModel;
class NodeItem;
class SceneGestures;
struct Node;

class ModelScene : public QGraphicsScene
{
    Q_OBJECT
public:
    explicit ModelScene(Document *document, QObject *parent = nullptr);
    ~ModelScene() override;

    Document *document() const { return m_document; }
    // Shows one model of the document (a null id, or one that does not exist, shows nothing).
    void setModel(ModelId id);
    ModelId modelId() const { return m_modelId; }
    LogicModel *model() const;

    NodeItem *nodeItem(NodeId id) const { return m_nodes.value(id); }
    LinkItem *linkItem(LinkId id) const { return m_links.value(id); }
    int nodeItemCount() const { return static_cast<int>(m_nodes.size()); }
    int linkItemCount() const { return static_cast<int>(m_links.size()); }
    const ColumnLayout &columnLayout() const { return m_layout; }
    // Dense bundles (every one of three or more cards linked to every one of three or more
    // others) are drawn as merged arrows through a junction between the two columns. They
    // follow changes a moment later (coalesced); updateBundles() brings them up to date now.
    const QList<EdgeBundle> &bundles() const { return m_bundles; }
    void updateBundles();
    ColumnItem *columnItem(NodeKind kind) const;
    // The arrows a click at this scene point picks, in model order: on a bundle's junction all
    // of its links; on a stretch of a bundle, every link drawn along it (from one card into the
    // junction, or out of it into one card); on a plain arrow, that arrow. Empty off the
    // arrows, or where a card or the title editor lies on top.
    QList<LinkId> arrowsAt(const QPointF &scenePos) const;
    // What several merged arrows draw, for a person: "9 arrows merged here: 3 activities lead
    // to 3 outputs. Click to select them all." Empty for fewer than two.
    QString mergedArrowsText(const QList<LinkId> &links) const;

    QList<NodeId> selectedNodeIds() const;
    QList<LinkId> selectedLinkIds() const;
    void selectNodes(const QList<NodeId> &ids);
    // The scene rectangle around these cards (empty if none is shown).
    QRectF nodesRect(const QList<NodeId> &ids) const;

    void setDiagnostics(const QList<Diagnostic> &diagnostics);
    void highlightChain(const QList<NodeId> &chain);
    void highlightPrinciple(int principle);
    bool isHighlighting() const { return m_highlight != Highlight::None; }
    bool isDimmed(NodeId id) const;

    // Print mode hides everything that only makes sense on screen (selection, handles, hover,
    // findings markers, dimming, an open title editor), so that export renders the scene itself.
    void setPrintMode(bool print);
    bool isPrintMode() const { return m_printMode; }
    // What print mode paints behind the content: white, or transparent for images.
    void setPrintBackground(const QColor &colour) { m_printBackground = colour; }
    // The rectangle around everything drawn: columns with headers, cards, strands, the band.
    QRectF contentRect() const { return m_contentRect; }
    // Renders the content in print mode (target empty: the painter's whole device).
    void renderContent(QPainter *painter, const QRectF &target = QRectF());

    // False when the document is read-only or nothing is shown: gestures do nothing.
    bool isEditable() const;

    // Gestures (also reachable from the view and the toolbar).
    SceneGestures *gestures() const { return m_gestures.get(); }
    // The chain column or annotations half under a scene point.
    std::optional<NodeKind> kindAt(const QPointF &scenePos) const;
    // A free spot for a new card of this kind: under the last card of its column.
    QPointF freeSpot(NodeKind kind) const;
    // Where a card of this kind at this model position is drawn.
    QPointF cardPosition(NodeKind kind, const QPointF &modelPos) const;

    // Called by cards.
    void nodeItemMoved(NodeItem *item);
    void beginConnect(NodeItem *from, const QPointF &scenePos);
    void updateConnect(const QPointF &scenePos);
    void endConnect(const QPointF &scenePos);
    // Called by arrows under the pointer: lights every arrow merged along the stretch there.
    void hoverArrows(LinkItem *item, const QPointF &scenePos);
    void endArrowHover(LinkItem *item);

    // Used by SceneGestures while a new card is being typed, before it exists in the model.
    void setPendingKind(std::optional<NodeKind> kind);

Q_SIGNALS:
    void statusMessage(const QString &message);
    // The shown model went away (removed from the project) or another one is shown.
    void modelReset();
    void contentRectChanged(const QRectF &rect);
    // A card's title is being typed (a new card or an existing one), at this place.
    void titleEditingStarted(const QRectF &cardRect);

protected:
    void mousePressEvent(QGraphicsSceneMouseEvent *event) override;
    void mouseReleaseEvent(QGraphicsSceneMouseEvent *event) override;
    void mouseDoubleClickEvent(QGraphicsSceneMouseEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void helpEvent(QGraphicsSceneHelpEvent *event) override;
    void drawBackground(QPainter *painter, const QRectF &rect) override;

private:
    enum class Highlight { None, Chain, Principle };

    void clearItems();
    void buildItems();
    void addNodeItem(const Node &node);
    void addLinkItem(LinkId id);
    void removeLinkItem(LinkId id);
    void updateLinkEnds(LinkItem *item);
    void updateLinksOf(NodeId id);
    // Asks for the bundles to be found again (links or cards came or went) or only for their
    // junctions to follow the cards; either way once, after the current changes.
    void scheduleBundles(bool findAgain);
    void placeJunctions();
    // Selects these arrows as a click does: alone, or (Ctrl or Shift held) added to the
    // selection, or taken out of it when all of them are selected already.
    void pickArrows(const QList<LinkId> &links, Qt::KeyboardModifiers modifiers);
    void setMergeHover(const QList<LinkId> &links, LinkId by);
    // What the arrows draw: "3 activities lead to 3 outputs", "“Home visits” leads to 3 outputs".
    QString arrowsRelation(const QList<LinkId> &links) const;
    void countKinds();
    // Recomputes the columns; moves every card when a column opened or closed.
    void layoutColumns(bool force = false);
    // Recomputes column heights, strands and the annotations band from the cards.
    void updateExtents();
    void layoutAnnotations(double top, double left, double width, NodeKind kind, double &bottom);
    void updateGroups(const QHash<QString, QRectF> &extents);
    void applyHighlight();
    void recomputeHighlight();

    void onNodeAdded(NodeId id);
    void onNodeChanged(NodeId id, int fields);
    void onNodeAboutToBeRemoved(NodeId id);
    void onLinkAdded(LinkId id);
    void onLinkChanged(LinkId id);
    void onLinkAboutToBeRemoved(LinkId id);

    Document *m_document;
    ModelId m_modelId;
    QPointer<LogicModel> m_model;
    QList<QMetaObject::Connection> m_connections;

    QHash<NodeId, NodeItem *> m_nodes;
    QHash<LinkId, LinkItem *> m_links;
    QHash<NodeId, QList<LinkItem *>> m_linksByNode;
    std::array<ColumnItem *, nodeKindCount> m_columns{};
    QHash<QString, GroupBandItem *> m_groups;
    QList<EdgeBundle> m_bundles;
    QHash<LinkId, int> m_bundleOf; // index into m_bundles
    QTimer m_bundleTimer;
    bool m_bundlesStale = false;
    bool m_junctionsStale = false;
    QList<LinkId> m_mergeHover; // the arrows lit together under the pointer
    LinkId m_mergeHoverBy;      // the arrow that has the pointer

    std::array<int, nodeKindCount> m_counts{};
    std::optional<NodeKind> m_pendingKind;
    ColumnLayout m_layout;
    bool m_layoutValid = false;
    QRectF m_contentRect;

    QHash<NodeId, QList<Diagnostic>> m_findings;
    Highlight m_highlight = Highlight::None;
    QList<NodeId> m_highlightChain;
    int m_highlightPrinciple = 0;
    QSet<NodeId> m_litNodes;
    QSet<LinkId> m_litLinks;

    bool m_printMode = false;
    QColor m_printBackground = Qt::white;
    std::unique_ptr<SceneGestures> m_gestures;
};

} // namespace el
