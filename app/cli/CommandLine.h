#pragma once
// The editor program's entry point (equitylogic-editor): the editor without a subcommand, the
// command-line tool with one. It runs every subcommand; the equitylogic program runs those that
// need only the core itself and hands the others over to this one (cli/Launcher.h).

namespace el {

int runMain(int argc, char **argv);

} // namespace el
