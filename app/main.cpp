// equitylogic: the command-line tool, and the way to start the editor (cli/Launcher.h).
#include "cli/Launcher.h"

int main(int argc, char **argv)
{
    return el::cli::runLauncher(argc, argv);
}
