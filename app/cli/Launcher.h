#pragma once
// The equitylogic program. It runs the subcommands that only read and write files itself, with
// Qt Core alone, so that scripts calling it many times do not pay for loading Qt Gui and Widgets.
// For the editor's window, export and report it hands over to the editor program
// (equitylogic-editor), which has the same command line and draws with the canvas's own code.
#include <QString>

namespace el::cli {

int runLauncher(int argc, char **argv);

// Where the editor program is, given the folder of this program: beside it (the build folder,
// Windows) or in its installed place (../lib/equitylogic). Empty when it is in neither.
QString editorProgramPath(const QString &programDir);

} // namespace el::cli
