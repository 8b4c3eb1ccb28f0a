// equitylogic tidy FILE.eqlm [-o OUT.eqlm] [--model NAME]: lays out every model (or one) with
// the automatic layout and saves the project, in place or into a new file.
#include "cli/CliCommands.h"
#include "cli/CliOutput.h"
#include "layout/Layout.h"
#include "storage/ProjectFile.h"

#include <QCoreApplication>

#include <algorithm>
#include <climits>

namespace el::cli {

int runTidy(const QStringList &args)
{
    const QString command = QStringLiteral("tidy");
    const Arguments a(args, {QStringLiteral("-o"), QStringLiteral("--model")}, {});
    if (!a.ok())
        return usageError(command, a.error());
    if (a.positional().size() != 1)
        return usageError(command, tr("give exactly one project file to tidy, for example "
                                      "\"equitylogic tidy plan.eqlm\"."));
    const QString in = a.positional().first();
    const QString outPath = a.value(QStringLiteral("-o")).value_or(in);

    auto loaded = ProjectFile::load(in);
    if (!loaded) {
        err(loaded.error() + QLatin1Char('\n'));
        return 2;
    }
    Project &project = **loaded;

    QList<LogicModel *> models = project.models();
    if (const auto name = a.value(QStringLiteral("--model"))) {
        LogicModel *m = project.modelByName(*name);
        if (!m) {
            QStringList names;
            for (const LogicModel *each : std::as_const(models))
                names << QStringLiteral("\"%1\"").arg(each->name());
            err(tr("equitylogic tidy: %1 has no model called \"%2\". Its models are: %3.\n")
                    .arg(in, *name,
                         names.isEmpty() ? tr("none") : names.join(QStringLiteral(", "))));
            return 2;
        }
        models = {m};
    }

    for (LogicModel *m : std::as_const(models)) {
        const LayoutResult layout = Layout::tidy(m->data());
        for (const auto &[id, pos] : layout.moves(m->nodes())) {
            Node n = *m->node(id);
            n.pos = pos;
            m->updateNode(n);
        }
        // The count chooses "crossing" or "crossings"; %2 shows it whole, however large.
        const int form = int(std::min<qint64>(layout.crossingsBefore, INT_MAX));
        out(tr("%1: %2 crossing(s) before, %3 after.\n", nullptr, form)
                .arg(m->name(), QString::number(layout.crossingsBefore),
                     QString::number(layout.crossingsAfter)));
    }

    const auto saved = ProjectFile::save(project, outPath);
    if (!saved) {
        err(saved.error() + QLatin1Char('\n'));
        return 2;
    }
    return 0;
}

} // namespace el::cli
