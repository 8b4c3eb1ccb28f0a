// `equitylogic info FILE.eqlm`: what a project file holds, without opening the editor.
#include "cli/CliCommands.h"
#include "cli/CliOutput.h"
#include "storage/ProjectFile.h"

#include <QCoreApplication>

namespace el::cli {

namespace {
QString count(qsizetype n, const char *one, const char *many)
{
    return n == 1 ? tr(one) : tr(many).arg(n);
}
} // namespace

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
    text += count(project.modelCount(), "1 model", "%1 models") + QLatin1Char('\n');
    for (const LogicModel *model : project.models()) {
        qsizetype indicators = 0;
        for (const Node &node : model->nodes())
            indicators += node.indicators.size();
        text += QStringLiteral("  %1: %2, %3, %4\n")
                    .arg(model->name(), count(model->nodes().size(), "1 node", "%1 nodes"),
                         count(model->links().size(), "1 link", "%1 links"),
                         count(indicators, "1 indicator", "%1 indicators"));
    }
    out(text);
    return 0;
}

} // namespace el::cli
