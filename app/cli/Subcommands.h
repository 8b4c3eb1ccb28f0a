#pragma once
// The subcommands of equitylogic: their names and usage, what each needs to run, and the help.
#include <QString>
#include <QStringList>

namespace el::cli {

// What running a command line needs.
enum class Needs {
    Core,    // --help, --version, and the subcommands that only read and write files
    Drawing, // export and report: fonts and the canvas's scene, on the offscreen platform
    Editor,  // no subcommand: the editor's window (the arguments are files to open)
};

Needs needsOf(const QStringList &args);

// Runs --help, --version, or a subcommand that needs only the core (args without the program's
// name). Returns the exit code of DESIGN.md: 0 success, 1 validation found errors, 2 bad input
// or usage.
int runCoreSubcommand(const QStringList &args);

QString helpText();

} // namespace el::cli
