// `equitylogic import IN.json -o OUT.eqlm`: the JSON interchange to a project file. A bad JSON
// file writes nothing.
#include "cli/CliCommands.h"
#include "cli/CliOutput.h"
#include "interchange/JsonInterchange.h"
#include "storage/ProjectFile.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>

namespace el::cli {

namespace {
// Far more than any real project; a larger file is almost certainly not one.
constexpr qint64 maxJsonBytes = 512LL * 1024 * 1024;
} // namespace

int runImport(const QStringList &args)
{
    const QString command = QStringLiteral("import");
    const Arguments arguments(args, {QStringLiteral("-o")}, {});
    if (!arguments.ok())
        return usageError(command, arguments.error());
    if (arguments.positional().size() != 1)
        return usageError(command, tr("give one JSON file to import, for example: "
                                      "equitylogic import plan.json -o plan.eqlm"));
    const auto output = arguments.value(QStringLiteral("-o"));
    if (!output || output->isEmpty())
        return usageError(command, tr("say which project file to write with -o, for example "
                                      "-o plan.eqlm"));
    if (QFileInfo(*output).suffix().toLower() != QLatin1String("eqlm"))
        return usageError(command,
                          tr("%1: the project file to write should end in .eqlm").arg(*output));
    const QString input = arguments.positional().first();

    QFile file(input);
    if (QFileInfo(input).isDir() || !file.open(QIODevice::ReadOnly)) {
        err(tr("equitylogic import: %1: could not be read (%2).\n")
                .arg(input, QFileInfo(input).isDir() ? tr("it is a folder") : file.errorString()));
        return 2;
    }
    if (file.size() > maxJsonBytes) {
        err(tr("equitylogic import: %1: the file is too large to be an Equity Logic project.\n")
                .arg(input));
        return 2;
    }
    const auto project = JsonInterchange::importProject(file.readAll());
    if (!project) {
        err(QStringLiteral("equitylogic import: %1: %2\n").arg(input, project.error()));
        return 2;
    }
    if (const auto saved = ProjectFile::save(**project, *output); !saved) {
        err(QStringLiteral("equitylogic import: %1\n").arg(saved.error()));
        return 2;
    }
    qsizetype nodes = 0;
    qsizetype links = 0;
    for (const LogicModel *m : (*project)->models()) {
        nodes += m->nodes().size();
        links += m->links().size();
    }
    out(tr("Imported %1 into %2: %3, %4, %5.\n")
            .arg(input, *output, tr("%n model(s)", nullptr, int((*project)->modelCount())),
                 tr("%n node(s)", nullptr, int(nodes)), tr("%n link(s)", nullptr, int(links))));
    return 0;
}

} // namespace el::cli
