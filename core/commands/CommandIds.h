#pragma once
// Merge ids for QUndoCommand::id(), in one place so that no two commands share one.
namespace el {

enum CommandId {
    NoMerge = -1,
    EditNodeTextMergeId = 1,
};

} // namespace el
