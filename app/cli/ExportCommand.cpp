// `equitylogic export FILE.eqlm -o OUT.ext [--model NAME]`: a project file to another format,
// chosen by the output file's extension.
#include "cli/CliCommands.h"
#include "cli/CliOutput.h"
#include "cli/ExportFormats.h"
#include "document/Document.h"
#include "storage/ProjectFile.h"

#include <QCoreApplication>
#include <QFileInfo>

namespace el::cli {

namespace {
struct ExportFormat
{
    const char *extension;
    int (*run)(const ExportRequest &request);
};

// One row per output format.
const ExportFormat formats[] = {
    {"json", &exportJson}, {"pdf", &exportPdf}, {"svg", &exportSvg},         {"png", &exportPng},
    {"dot", &exportDot},   {"gv", &exportDot},  {"graphml", &exportGraphml},
};

const ExportFormat *formatFor(const QString &path)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    for (const ExportFormat &f : formats) {
        if (suffix == QLatin1String(f.extension))
            return &f;
    }
    return nullptr;
}

QString knownExtensions()
{
    QStringList list;
    for (const ExportFormat &f : formats)
        list << QLatin1Char('.') + QLatin1String(f.extension);
    return list.join(QStringLiteral(", "));
}
} // namespace

int runExport(const QStringList &args)
{
    const QString command = QStringLiteral("export");
    const Arguments arguments(
        args, QStringList{QStringLiteral("-o"), QStringLiteral("--model")} + diagramValueOptions(),
        diagramFlagOptions());
    if (!arguments.ok())
        return usageError(command, arguments.error());
    if (arguments.positional().size() != 1)
        return usageError(command, tr("give one project file to export, for example: "
                                      "equitylogic export plan.eqlm -o plan.json"));
    const auto output = arguments.value(QStringLiteral("-o"));
    if (!output || output->isEmpty())
        return usageError(command, tr("say which file to write with -o, for example -o plan.json"));
    const ExportFormat *format = formatFor(*output);
    if (!format)
        return usageError(command,
                          tr("%1: exporting to \"%2\" files is not supported yet; this version "
                             "can write %3.")
                              .arg(*output, QFileInfo(*output).suffix(), knownExtensions()));

    const QString input = arguments.positional().first();
    auto project = ProjectFile::load(input);
    if (!project) {
        err(QStringLiteral("equitylogic export: %1\n").arg(project.error()));
        return 2;
    }
    Document document(std::move(*project));
    ExportRequest request;
    request.input = input;
    request.output = *output;
    request.project = document.project();
    request.document = &document;
    request.arguments = &arguments;
    if (const auto name = arguments.value(QStringLiteral("--model"))) {
        request.model = request.project->modelByName(*name);
        if (!request.model) {
            QStringList names;
            for (const LogicModel *m : request.project->models())
                names << QStringLiteral("\"%1\"").arg(m->name());
            err(tr("equitylogic export: %1: there is no model called \"%2\"; its models are %3.\n")
                    .arg(input, *name, names.join(QStringLiteral(", "))));
            return 2;
        }
    }
    return format->run(request);
}

} // namespace el::cli
