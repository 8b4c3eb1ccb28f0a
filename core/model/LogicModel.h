#pragma once
// One logic model (one priority): its nodes and links, with change signals for the scene and
// the validator. Only undo commands and loaders change it.
#include "model/ModelData.h"

#include <QHash>
#include <QObject>

namespace el {

class LogicModel : public QObject
{
    Q_OBJECT
public:
    explicit LogicModel(ModelData data, QObject *parent = nullptr);

    ModelId id() const { return m_data.id; }
    const QString &name() const { return m_data.name; }
    const QString &description() const { return m_data.description; }
    const QString &owner() const { return m_data.owner; }
    const ModelData &data() const { return m_data; }

    const QList<Node> &nodes() const { return m_data.nodes; }
    const QList<Link> &links() const { return m_data.links; }
    const Node *node(NodeId id) const;
    const Link *link(LinkId id) const;
    qsizetype nodeIndex(NodeId id) const { return m_nodeIndex.value(id, -1); }
    qsizetype linkIndex(LinkId id) const { return m_linkIndex.value(id, -1); }
    // The links that start or end at a node, in model order.
    QList<LinkId> linksOf(NodeId id) const;
    bool hasLink(NodeId from, NodeId to) const;

    // Changes; each emits its signal. Preconditions are checked by the callers (commands).
    void setMeta(const QString &name, const QString &description, const QString &owner);
    void insertNode(const Node &node, qsizetype index = -1);
    void updateNode(const Node &node);
    void removeNode(NodeId id); // the node must have no links left
    void insertLink(const Link &link, qsizetype index = -1);
    void updateLink(const Link &link);
    void removeLink(LinkId id);

Q_SIGNALS:
    void metaChanged(el::ModelFields fields);
    void nodeAdded(el::NodeId id);
    void nodeChanged(el::NodeId id, el::NodeFields fields);
    void nodeAboutToBeRemoved(el::NodeId id);
    void nodeRemoved(el::NodeId id);
    void linkAdded(el::LinkId id);
    void linkChanged(el::LinkId id, el::LinkFields fields);
    void linkAboutToBeRemoved(el::LinkId id);
    void linkRemoved(el::LinkId id);

private:
    void reindexNodes();
    void reindexLinks();

    ModelData m_data;
    QHash<NodeId, qsizetype> m_nodeIndex;
    QHash<LinkId, qsizetype> m_linkIndex;
};

} // namespace el
