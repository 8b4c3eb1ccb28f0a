// `equitylogic export FILE.eqlm -o OUT.json`: the JSON interchange (docs/interchange.md).
#include "cli/ExportFormats.h"
#include "interchange/JsonInterchange.h"

#include <QCoreApplication>
#include <QSaveFile>

namespace el::cli {

namespace {
// A project holding one model of another, with that model's accepted findings and the
// project-wide ones.
std::unique_ptr<Project> projectOfModel(const Project &project, const LogicModel &model)
{
    auto one = std::make_unique<Project>();
    one->setMeta(project.meta());
    one->insertModel(model.data());
    QList<Waiver> waivers;
    for (const Waiver &w : project.waivers()) {
        if (w.model.isNull() || w.model == model.id())
            waivers << w;
    }
    one->setWaivers(waivers);
    return one;
}
} // namespace

int exportJson(const ExportRequest &request)
{
    QByteArray json;
    if (request.model)
        json = JsonInterchange::exportProject(*projectOfModel(*request.project, *request.model));
    else
        json = JsonInterchange::exportProject(*request.project);
    // Written beside the target and renamed over it: a failure leaves no half-written file.
    QSaveFile file(request.output);
    if (!file.open(QIODevice::WriteOnly) || file.write(json) != json.size() || !file.commit()) {
        err(tr("equitylogic export: %1: could not be written (%2). Check that the folder exists "
               "and that you may write there.\n")
                .arg(request.output, file.errorString()));
        return 2;
    }
    return 0;
}

} // namespace el::cli
