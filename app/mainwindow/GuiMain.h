#pragma once
// Starts the editor: the application object, settings, the main window, the event loop.
namespace el {

int runGui(int argc, char **argv);

} // namespace el
