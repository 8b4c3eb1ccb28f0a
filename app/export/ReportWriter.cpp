#include "export/ReportWriter.h"

#include "document/Document.h"
#include "export/ReportPager.h"
#include "export/ReportSections.h"
#include "export/ReportText.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QPainter>
#include <QPdfWriter>
#include <QSaveFile>

namespace el::ReportWriter {

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("el::ReportWriter", text);
}

struct Layout
{
    QList<ReportSections::ContentsEntry> entries;
    int pages = 0;
    friend bool operator==(const Layout &, const Layout &) = default;
};

// Paints the whole report; entries' page numbers are recorded as sections begin. Run twice: once
// to learn the page numbers for the contents and the footer, once for real.
enum class Painted { Done, Failed, Cancelled };

// The first run lays the pages out without drawing diagrams, to learn the page numbers for the
// contents and the footer; the final run draws everything.
Painted paint(QIODevice *device, Document *document, const ValidationResult &result, Layout &layout,
              bool final, const ReportPager::Progress &progress)
{
    const Project &project = *document->project();
    QPdfWriter writer(device);
    writer.setPageLayout(QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Portrait,
                                     QMarginsF(18, 18, 18, 14), QPageLayout::Millimeter));
    writer.setTitle(tr("%1: evaluation report").arg(project.title()));
    writer.setCreator(QStringLiteral("Equity Logic"));
    QPainter painter;
    if (!painter.begin(&writer))
        return Painted::Failed;
    ReportPager pager(&writer, &painter,
                      tr("%1 · Logic models and the Marmot principles").arg(project.title()));
    if (final)
        pager.setTotalPages(layout.pages);
    pager.setDrawing(final);
    pager.setProgress(progress);
    ReportSections::cover(pager, project, project.modelCount());

    pager.newPage();
    ReportSections::contents(pager, layout.entries);

    QList<ReportSections::ContentsEntry> entries;
    pager.newPage();
    entries.append({tr("Principle coverage"), 1, pager.page()});
    ReportSections::coverage(pager, project, result.coverage);

    for (int i = 0; i < project.modelCount() && !pager.cancelled(); ++i) {
        const LogicModel &model = *project.modelAt(i);
        QList<Diagnostic> diagnostics;
        for (const Diagnostic &d : result.diagnostics) {
            if (d.model == model.id())
                diagnostics << d;
        }
        pager.newPage(QPageLayout::Landscape);
        entries.append({tr("%1. %2").arg(i + 1).arg(model.name()), 1, pager.page()});
        ReportSections::diagram(pager, document, model);
        pager.newPage(QPageLayout::Portrait);
        entries.append({tr("Cards, principles and indicators"), 2, pager.page()});
        ReportSections::nodeTable(pager, model);
        // Room for the findings' heading and first lines, so that they start on this page.
        pager.ensure(120);
        entries.append({tr("Findings"), 2, pager.page()});
        ReportSections::findings(pager, model, diagnostics);
    }
    pager.finish();
    layout.entries = entries;
    layout.pages = pager.page();
    if (!painter.end())
        return Painted::Failed;
    return pager.cancelled() ? Painted::Cancelled : Painted::Done;
}

QString cannotDraw(const QString &path)
{
    return tr("%1: the report could not be drawn.").arg(path);
}
} // namespace

Result<> write(Document *document, const QString &path, const ReportPager::Progress &progress)
{
    const ValidationResult result = Validator::validate(*document->project());
    Layout layout;
    // The contents list the sections' pages, and a long contents moves them on: lay out again
    // with the last run's contents until the pages stay put.
    for (int run = 0; run < 4; ++run) {
        const Layout before = layout;
        QBuffer scratch;
        scratch.open(QIODevice::WriteOnly);
        switch (paint(&scratch, document, result, layout, false, progress)) {
        case Painted::Done:
            break;
        case Painted::Failed:
            return failure(cannotDraw(path));
        case Painted::Cancelled:
            return failure(cancelledMessage());
        }
        if (layout == before)
            break;
    }
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return failure(tr("%1: could not write the report (%2). Check that the folder exists and "
                          "that you may write there, then try again.")
                           .arg(path, file.errorString()));
    switch (paint(&file, document, result, layout, true, progress)) {
    case Painted::Done:
        break;
    case Painted::Failed:
        file.cancelWriting();
        return failure(cannotDraw(path));
    case Painted::Cancelled:
        file.cancelWriting();
        return failure(cancelledMessage());
    }
    if (!file.commit())
        return failure(tr("%1: could not write the report (%2). Check that there is room on the "
                          "disk and try again.")
                           .arg(path, file.errorString()));
    return {};
}

QString cancelledMessage()
{
    return tr("The report was cancelled; no file was written.");
}

} // namespace el::ReportWriter
