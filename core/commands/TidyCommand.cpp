#include "commands/TidyCommand.h"

#include "layout/Layout.h"

namespace el {

namespace {
QList<Node> tidied(Project *project, ModelId modelId, const LayoutResult &layout)
{
    QList<Node> out;
    const LogicModel *m = project->model(modelId);
    if (!m)
        return out;
    for (const auto &[id, pos] : layout.moves(m->nodes())) {
        Node n = *m->node(id);
        n.pos = pos;
        out << n;
    }
    return out;
}
} // namespace

TidyCommand::TidyCommand(Project *project, ModelId model, const LayoutResult &layout,
                         QUndoCommand *parent)
    : ChangeNodesCommand(project, model, tidied(project, model, layout), commandText("Tidy"),
                         parent)
{}

std::unique_ptr<TidyCommand> TidyCommand::create(Project *project, ModelId model,
                                                 const LayoutOptions &options)
{
    const LogicModel *m = project->model(model);
    const LayoutResult layout = m ? Layout::tidy(m->data(), options) : LayoutResult{};
    return std::make_unique<TidyCommand>(project, model, layout);
}

} // namespace el
