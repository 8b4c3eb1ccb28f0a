#pragma once
// "Tidy": moves the cards of one model to the positions an automatic layout gave them, as one
// undo step.
#include "commands/ChangeNodesCommand.h"
#include "layout/LayoutOptions.h"

namespace el {

class TidyCommand : public ChangeNodesCommand
{
public:
    TidyCommand(Project *project, ModelId model, const LayoutResult &layout,
                QUndoCommand *parent = nullptr);

    // Lays out the model (or options.selection of it) and returns the command; push it on the
    // document, which drops it when nothing moves.
    static std::unique_ptr<TidyCommand> create(Project *project, ModelId model,
                                               const LayoutOptions &options = {});
};

} // namespace el
