#include "commands/AddNodesCommand.h"

namespace el {

AddNodesCommand::AddNodesCommand(Project *project, ModelId model, QList<Node> nodes,
                                 QList<Link> links, QUndoCommand *parent)
    : ModelCommand(project, model, {}, parent)
    , m_nodes(std::move(nodes))
    , m_links(std::move(links))
{
    if (m_nodes.size() == 1)
        setText(commandText("Add %1").arg(nodeKindName(m_nodes.first().kind)));
    else
        setText(commandText(QT_TRANSLATE_N_NOOP("el::Commands", "Add %n card(s)"),
                            static_cast<int>(m_nodes.size())));
}

void AddNodesCommand::redo()
{
    LogicModel *m = model();
    for (const Node &n : m_nodes)
        m->insertNode(n);
    for (const Link &l : m_links)
        m->insertLink(l);
}

void AddNodesCommand::undo()
{
    LogicModel *m = model();
    for (auto it = m_links.crbegin(); it != m_links.crend(); ++it)
        m->removeLink(it->id);
    for (auto it = m_nodes.crbegin(); it != m_nodes.crend(); ++it)
        m->removeNode(it->id);
}

} // namespace el
