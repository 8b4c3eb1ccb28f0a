// equitylogic-editor: the editor when started without a subcommand, a command-line tool with one.
#include "cli/CommandLine.h"

int main(int argc, char **argv)
{
    return el::runMain(argc, argv);
}
