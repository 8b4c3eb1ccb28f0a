#pragma once
// The one entry point: the editor without a subcommand, the command-line tool with one.
#include <QStringList>

namespace el {

int runMain(int argc, char **argv);

// Runs a subcommand (args without the program name); returns the exit code of DESIGN.md:
// 0 success, 1 validation found errors, 2 bad input or usage.
int runSubcommand(const QStringList &args);

// True when the first argument names a subcommand or asks for --help / --version.
bool isCommandLineMode(const QStringList &args);

} // namespace el
