// `equitylogic report FILE.eqlm -o REPORT.pdf`: the evaluation report as one PDF.
#include "cli/CliCommands.h"
#include "cli/CliOutput.h"
#include "document/Document.h"
#include "export/ReportWriter.h"
#include "storage/ProjectFile.h"

#include <QCoreApplication>
#include <QFileInfo>

namespace el::cli {

int runReport(const QStringList &args)
{
    const QString command = QStringLiteral("report");
    const Arguments arguments(args, {QStringLiteral("-o")}, {});
    if (!arguments.ok())
        return usageError(command, arguments.error());
    if (arguments.positional().size() != 1)
        return usageError(command, tr("give one project file, for example: "
                                      "equitylogic report plan.eqlm -o report.pdf"));
    const auto output = arguments.value(QStringLiteral("-o"));
    if (!output || output->isEmpty())
        return usageError(command,
                          tr("say which file to write with -o, for example -o report.pdf"));
    if (QFileInfo(*output).suffix().compare(QLatin1String("pdf"), Qt::CaseInsensitive) != 0)
        return usageError(command, tr("%1: the report is a PDF; name the output file with .pdf, "
                                      "for example -o report.pdf")
                                       .arg(*output));
    auto project = ProjectFile::load(arguments.positional().first());
    if (!project) {
        err(QStringLiteral("equitylogic report: %1\n").arg(project.error()));
        return 2;
    }
    Document document(std::move(*project));
    if (auto written = ReportWriter::write(&document, *output); !written) {
        err(QStringLiteral("equitylogic report: %1\n").arg(written.error()));
        return 2;
    }
    return 0;
}

} // namespace el::cli
