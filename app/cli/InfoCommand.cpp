// `equitylogic info FILE.eqlm`: what a project file holds, without opening the editor.
#include "cli/CliCommands.h"
#include "cli/CliOutput.h"
#include "storage/ProjectFile.h"

#include <QCoreApplication>

namespace el::cli {

int runInfo(const QStringList &args)
{
    const Arguments parsed(args, {}, {});
    if (!parsed.ok())
        return usageError(QStringLiteral("info"), parsed.error());
    if (parsed.positional().size() != 1)
        return usageError(QStringLiteral("info"), tr("give one project file, for example "
                                                     "\"equitylogic info project.eqlm\""));
    const auto opened = ProjectFile::open(parsed.positional().first());
    if (!opened) {
        err(QStringLiteral("equitylogic info: %1\n").arg(opened.error()));
        return 2;
    }
    const Project &project = *opened->project;
    QString text;
    text += tr("Title: %1\n").arg(project.meta().title);
    text += tr("Place: %1\n").arg(project.meta().place);
    text += tr("File format: %1 (saved by Equity Logic %2)\n")
                .arg(opened->format)
                .arg(opened->appVersion);
    text += tr("%n model(s)", nullptr, int(project.modelCount())) + QLatin1Char('\n');
    for (const LogicModel *model : project.models()) {
        qsizetype indicators = 0;
        for (const Node &node : model->nodes())
            indicators += node.indicators.size();
        text += QStringLiteral("  %1: %2, %3, %4\n")
                    .arg(model->name(), tr("%n node(s)", nullptr, int(model->nodes().size())),
                         tr("%n link(s)", nullptr, int(model->links().size())),
                         tr("%n indicator(s)", nullptr, int(indicators)));
    }
    out(text);
    return 0;
}

} // namespace el::cli
