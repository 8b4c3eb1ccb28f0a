#include "commands/RemoveNodesCommand.h"

#include <QSet>
#include <algorithm>

namespace el {

RemoveNodesCommand::RemoveNodesCommand(Project *project, ModelId modelId,
                                       const QList<NodeId> &nodes, const QList<LinkId> &links,
                                       QUndoCommand *parent)
    : ModelCommand(project, modelId, {}, parent)
{
    const LogicModel *m = model();
    const QSet<NodeId> nodeSet(nodes.cbegin(), nodes.cend());
    const QSet<LinkId> linkSet(links.cbegin(), links.cend());
    for (qsizetype i = 0; i < m->nodes().size(); ++i) {
        if (nodeSet.contains(m->nodes()[i].id))
            m_nodes.append({i, m->nodes()[i]});
    }
    for (qsizetype i = 0; i < m->links().size(); ++i) {
        const Link &l = m->links()[i];
        if (linkSet.contains(l.id) || nodeSet.contains(l.from) || nodeSet.contains(l.to))
            m_links.append({i, l});
    }
    if (m_nodes.isEmpty())
        setText(commandText(QT_TRANSLATE_N_NOOP("el::Commands", "Remove %n link(s)"),
                            static_cast<int>(m_links.size())));
    else if (m_nodes.size() == 1)
        setText(commandText("Remove %1").arg(nodeKindName(m_nodes.first().second.kind)));
    else
        setText(commandText(QT_TRANSLATE_N_NOOP("el::Commands", "Remove %n card(s)"),
                            static_cast<int>(m_nodes.size())));
}

void RemoveNodesCommand::redo()
{
    LogicModel *m = model();
    for (auto it = m_links.crbegin(); it != m_links.crend(); ++it)
        m->removeLink(it->second.id);
    for (auto it = m_nodes.crbegin(); it != m_nodes.crend(); ++it)
        m->removeNode(it->second.id);
}

void RemoveNodesCommand::undo()
{
    LogicModel *m = model();
    for (const auto &[index, node] : m_nodes)
        m->insertNode(node, index);
    for (const auto &[index, link] : m_links)
        m->insertLink(link, index);
}

RemoveLinksCommand::RemoveLinksCommand(Project *project, ModelId model, const QList<LinkId> &links,
                                       QUndoCommand *parent)
    : RemoveNodesCommand(project, model, {}, links, parent)
{}

} // namespace el
