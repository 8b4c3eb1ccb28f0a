#pragma once
// The editor's icons: simple drawings bundled in resources/icons, with the platform's standard
// icon as a fall-back.
#include <QIcon>

namespace el::Icons {

enum Name {
    New,
    Open,
    Save,
    Undo,
    Redo,
    Cut,
    Copy,
    Paste,
    Delete,
    ZoomIn,
    ZoomOut,
    ZoomFit,
    ZoomActual,
    Find,
    Add,
    Rename,
    Duplicate,
    MoveUp,
    MoveDown,
    Error,
    Warning,
    Information,
    Tidy,
};

QIcon get(Name name);
// A small card in the given colour, for the "add a card" buttons.
QIcon card(const QColor &colour);
// A round badge with a principle's number in its colour.
QIcon principle(int number);

} // namespace el::Icons
