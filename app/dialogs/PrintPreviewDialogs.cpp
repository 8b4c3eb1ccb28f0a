#include "dialogs/PrintPreviewDialogs.h"

#include "dialogs/ExportChoices.h"
#include "document/Document.h"
#include "export/DiagramPages.h"
#include "export/ReportWriter.h"

#include <QCoreApplication>
#include <QFileDialog>
#include <QFileInfo>
#include <QMessageBox>
#include <QPrintPreviewDialog>
#include <QPrinter>

namespace el::PrintPreviewDialogs {

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("el::PrintPreviewDialogs", text);
}
} // namespace

void printModel(QWidget *parent, Document *document, ModelId model)
{
    QPrinter printer(QPrinter::HighResolution);
    // The page size, orientation and margins last chosen for export.
    PageSetup setup = ExportChoices::load().setup;
    setup.fit = PageFit::FitToPage;
    printer.setPageLayout(setup.pageLayout());
    QPrintPreviewDialog preview(&printer, parent);
    preview.setWindowTitle(tr("Print Preview"));
    if (parent)
        preview.resize(parent->window()->size() * 0.9);
    QObject::connect(&preview, &QPrintPreviewDialog::paintRequested, &preview,
                     [document, model, setup](QPrinter *p) {
                         PageSetup s = setup;
                         s.orientation = p->pageLayout().orientation();
                         s.pageSize = p->pageLayout().pageSize().id();
                         DiagramPages pages(document, {model}, s);
                         if (!pages.tooSmall().isEmpty()) {
                             s.fit = PageFit::Tile;
                             DiagramPages tiled(document, {model}, s);
                             tiled.paintAll(p);
                             return;
                         }
                         pages.paintAll(p);
                     });
    preview.exec();
}

void exportReport(QWidget *parent, Document *document)
{
    const QString suggested = QFileInfo(document->filePath()).completeBaseName() + tr(" report")
                              + QStringLiteral(".pdf");
    const QString path = QFileDialog::getSaveFileName(parent, tr("Export Report"), suggested,
                                                      tr("PDF documents (*.pdf)"));
    if (path.isEmpty())
        return;
    if (auto written = ReportWriter::write(document, path); !written)
        QMessageBox::warning(parent, tr("Export Report"), written.error());
}

} // namespace el::PrintPreviewDialogs
