#pragma once
// The output formats of `equitylogic export`, one function each, chosen by the extension of the
// output file. A new format is one more function here and one more row in ExportCommand.cpp.
#include "cli/CliOutput.h"
#include "model/Project.h"

namespace el {
class Document;
}

namespace el::cli {

struct ExportRequest
{
    QString input;  // the project file, for messages
    QString output; // the file to write
    const Project *project = nullptr;
    Document *document = nullptr;      // holds project, for the formats that draw the canvas
    const LogicModel *model = nullptr; // the model chosen with --model, or null for all
    const Arguments *arguments = nullptr;
};

// Each returns the exit code: 0, or 2 with a message on stderr naming the file.
int exportJson(const ExportRequest &request);
// app/cli/ExportDiagram.cpp: the drawn and graph formats.
int exportPdf(const ExportRequest &request);
int exportSvg(const ExportRequest &request);
int exportPng(const ExportRequest &request);
int exportDot(const ExportRequest &request);
int exportGraphml(const ExportRequest &request);
// The options those formats take, for the argument parser.
QStringList diagramValueOptions();
QStringList diagramFlagOptions();

} // namespace el::cli
