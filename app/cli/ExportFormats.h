#pragma once
// The output formats of `equitylogic export`, one function each, chosen by the extension of the
// output file. A new format is one more function here and one more row in ExportCommand.cpp.
#include "cli/CliOutput.h"
#include "model/Project.h"

namespace el::cli {

struct ExportRequest
{
    QString input;  // the project file, for messages
    QString output; // the file to write
    const Project *project = nullptr;
    const LogicModel *model = nullptr; // the model chosen with --model, or null for all
    const Arguments *arguments = nullptr;
};

// Each returns the exit code: 0, or 2 with a message on stderr naming the file.
int exportJson(const ExportRequest &request);

} // namespace el::cli
