// `equitylogic export FILE.eqlm -o OUT.pdf|.svg|.png|.dot|.graphml [--model NAME] [--page A4|A3]
// [--landscape|--portrait] [--fit|--tile] [--scale PERCENT] [--dpi N] [--transparent]`.
#include "cli/ExportFormats.h"
#include "document/Document.h"
#include "export/DiagramExport.h"
#include "export/GraphExport.h"

#include <QCoreApplication>
#include <QSaveFile>

namespace el::cli {

namespace {
int fail(const QString &message)
{
    err(QStringLiteral("equitylogic export: %1\n").arg(message));
    return 2;
}

// The page options, or a message saying which one is wrong.
Result<PageSetup> pageSetup(const Arguments &args)
{
    PageSetup setup;
    if (const auto page = args.value(QStringLiteral("--page"))) {
        if (page->compare(QLatin1String("A4"), Qt::CaseInsensitive) == 0)
            setup.pageSize = QPageSize::A4;
        else if (page->compare(QLatin1String("A3"), Qt::CaseInsensitive) == 0)
            setup.pageSize = QPageSize::A3;
        else
            return failure(tr("--page %1: the page size must be A4 or A3.").arg(*page));
    }
    const bool landscape = args.flag(QStringLiteral("--landscape"));
    const bool portrait = args.flag(QStringLiteral("--portrait"));
    if (landscape && portrait)
        return failure(tr("choose either --landscape or --portrait, not both."));
    if (portrait)
        setup.orientation = QPageLayout::Portrait;
    const bool fit = args.flag(QStringLiteral("--fit"));
    const bool tile = args.flag(QStringLiteral("--tile"));
    if (fit && tile)
        return failure(tr("choose either --fit (one page per model) or --tile (several pages), "
                          "not both."));
    if (tile)
        setup.fit = PageFit::Tile;
    if (const auto dpi = args.value(QStringLiteral("--dpi"))) {
        bool ok = false;
        setup.dpi = dpi->toInt(&ok);
        if (!ok || setup.dpi < 10 || setup.dpi > 2400)
            return failure(tr("--dpi %1: give the resolution as a whole number of dots per inch "
                              "from 10 to 2400, for example --dpi 300.")
                               .arg(*dpi));
    }
    if (const auto scale = args.value(QStringLiteral("--scale"))) {
        bool ok = false;
        const double percent = scale->toDouble(&ok);
        if (!ok || percent < 10 || percent > 400)
            return failure(tr("--scale %1: give the tiled size as a percentage from 10 to 400, "
                              "for example --scale 80.")
                               .arg(*scale));
        setup.tileScale = percent / 100.0;
    }
    setup.transparent = args.flag(QStringLiteral("--transparent"));
    return setup;
}

QList<ModelId> chosenModels(const ExportRequest &request)
{
    QList<ModelId> ids;
    if (request.model)
        ids << request.model->id();
    else
        for (const LogicModel *m : request.project->models())
            ids << m->id();
    return ids;
}

// Images hold one model: the one asked for, or the project's only one.
Result<ModelId> singleModel(const ExportRequest &request)
{
    const QList<ModelId> ids = chosenModels(request);
    if (ids.size() == 1)
        return ids.first();
    if (ids.isEmpty())
        return failure(tr("%1: the project has no model to draw.").arg(request.input));
    return failure(tr("%1: the project has %2 models and an image holds one; say which with "
                      "--model NAME, or export to PDF to get them all.")
                       .arg(request.input)
                       .arg(ids.size()));
}

int writeText(const ExportRequest &request, const QByteArray &bytes)
{
    QSaveFile file(request.output);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit())
        return fail(tr("%1: could not be written (%2). Check that the folder exists and that you "
                       "may write there.")
                        .arg(request.output, file.errorString()));
    return 0;
}

QList<const LogicModel *> chosenModelObjects(const ExportRequest &request)
{
    QList<const LogicModel *> models;
    for (ModelId id : chosenModels(request))
        models << request.project->model(id);
    return models;
}
} // namespace

QStringList diagramValueOptions()
{
    return {QStringLiteral("--page"), QStringLiteral("--dpi"), QStringLiteral("--scale")};
}

QStringList diagramFlagOptions()
{
    return {QStringLiteral("--landscape"), QStringLiteral("--portrait"), QStringLiteral("--fit"),
            QStringLiteral("--tile"), QStringLiteral("--transparent")};
}

int exportPdf(const ExportRequest &request)
{
    const auto setup = pageSetup(*request.arguments);
    if (!setup)
        return fail(setup.error());
    QStringList tooSmall;
    const auto written = DiagramExport::writePdf(request.document, chosenModels(request), *setup,
                                                 request.output, &tooSmall);
    if (!written)
        return fail(written.error());
    for (const QString &name : std::as_const(tooSmall))
        err(tr("equitylogic export: note: fitted onto one page, the text of \"%1\" is smaller "
               "than %2 pt and hard to read; try --tile, --page A3 or --model with --tile.\n")
                .arg(name)
                .arg(minimumTextPoints));
    return 0;
}

int exportSvg(const ExportRequest &request)
{
    const auto model = singleModel(request);
    if (!model)
        return fail(model.error());
    const auto written = DiagramExport::writeSvg(request.document, *model, request.output);
    return written ? 0 : fail(written.error());
}

int exportPng(const ExportRequest &request)
{
    const auto setup = pageSetup(*request.arguments);
    if (!setup)
        return fail(setup.error());
    const auto model = singleModel(request);
    if (!model)
        return fail(model.error());
    const auto written = DiagramExport::writePng(request.document, *model, *setup, request.output);
    return written ? 0 : fail(written.error());
}

int exportDot(const ExportRequest &request)
{
    return writeText(request, GraphExport::toDot(*request.project, chosenModelObjects(request)));
}

int exportGraphml(const ExportRequest &request)
{
    return writeText(request,
                     GraphExport::toGraphml(*request.project, chosenModelObjects(request)));
}

} // namespace el::cli
