#include "model/LogicModel.h"

namespace el {

LogicModel::LogicModel(ModelData data, QObject *parent)
    : QObject(parent)
    , m_data(std::move(data))
{
    reindexNodes();
    reindexLinks();
}

const Node *LogicModel::node(NodeId id) const
{
    const qsizetype i = nodeIndex(id);
    return i < 0 ? nullptr : &m_data.nodes[i];
}

const Link *LogicModel::link(LinkId id) const
{
    const qsizetype i = linkIndex(id);
    return i < 0 ? nullptr : &m_data.links[i];
}

QList<LinkId> LogicModel::linksOf(NodeId id) const
{
    QList<LinkId> out;
    for (const Link &l : m_data.links) {
        if (l.from == id || l.to == id)
            out << l.id;
    }
    return out;
}

bool LogicModel::hasLink(NodeId from, NodeId to) const
{
    for (const Link &l : m_data.links) {
        if (l.from == from && l.to == to)
            return true;
    }
    return false;
}

void LogicModel::setMeta(const QString &name, const QString &description, const QString &owner)
{
    ModelFields f;
    if (name != m_data.name)
        f |= ModelField::Name;
    if (description != m_data.description)
        f |= ModelField::Description;
    if (owner != m_data.owner)
        f |= ModelField::Owner;
    if (!f)
        return;
    m_data.name = name;
    m_data.description = description;
    m_data.owner = owner;
    Q_EMIT metaChanged(f);
}

void LogicModel::insertNode(const Node &node, qsizetype index)
{
    Q_ASSERT(!m_nodeIndex.contains(node.id));
    if (index < 0 || index > m_data.nodes.size())
        index = m_data.nodes.size();
    m_data.nodes.insert(index, node);
    if (index == m_data.nodes.size() - 1)
        m_nodeIndex.insert(node.id, index);
    else
        reindexNodes();
    Q_EMIT nodeAdded(node.id);
}

void LogicModel::updateNode(const Node &node)
{
    const qsizetype i = nodeIndex(node.id);
    Q_ASSERT(i >= 0);
    if (i < 0)
        return;
    const NodeFields f = Node::difference(m_data.nodes[i], node);
    if (!f)
        return;
    m_data.nodes[i] = node;
    Q_EMIT nodeChanged(node.id, f);
}

void LogicModel::removeNode(NodeId id)
{
    const qsizetype i = nodeIndex(id);
    Q_ASSERT(i >= 0);
    if (i < 0)
        return;
    Q_EMIT nodeAboutToBeRemoved(id);
    m_data.nodes.removeAt(i);
    if (i == m_data.nodes.size())
        m_nodeIndex.remove(id);
    else
        reindexNodes();
    Q_EMIT nodeRemoved(id);
}

void LogicModel::insertLink(const Link &link, qsizetype index)
{
    Q_ASSERT(!m_linkIndex.contains(link.id));
    if (index < 0 || index > m_data.links.size())
        index = m_data.links.size();
    m_data.links.insert(index, link);
    if (index == m_data.links.size() - 1)
        m_linkIndex.insert(link.id, index);
    else
        reindexLinks();
    Q_EMIT linkAdded(link.id);
}

void LogicModel::updateLink(const Link &link)
{
    const qsizetype i = linkIndex(link.id);
    Q_ASSERT(i >= 0);
    if (i < 0)
        return;
    const LinkFields f = Link::difference(m_data.links[i], link);
    if (!f)
        return;
    m_data.links[i] = link;
    Q_EMIT linkChanged(link.id, f);
}

void LogicModel::removeLink(LinkId id)
{
    const qsizetype i = linkIndex(id);
    Q_ASSERT(i >= 0);
    if (i < 0)
        return;
    Q_EMIT linkAboutToBeRemoved(id);
    m_data.links.removeAt(i);
    if (i == m_data.links.size())
        m_linkIndex.remove(id);
    else
        reindexLinks();
    Q_EMIT linkRemoved(id);
}

void LogicModel::reindexNodes()
{
    m_nodeIndex.clear();
    m_nodeIndex.reserve(m_data.nodes.size());
    for (qsizetype i = 0; i < m_data.nodes.size(); ++i)
        m_nodeIndex.insert(m_data.nodes[i].id, i);
}

void LogicModel::reindexLinks()
{
    m_linkIndex.clear();
    m_linkIndex.reserve(m_data.links.size());
    for (qsizetype i = 0; i < m_data.links.size(); ++i)
        m_linkIndex.insert(m_data.links[i].id, i);
}

} // namespace el
