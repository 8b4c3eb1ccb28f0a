#include "mainwindow/ExportActions.h"

#include "dialogs/ExportDialog.h"
#include "dialogs/PrintPreviewDialogs.h"
#include "dialogs/ProgressWindow.h"
#include "document/Document.h"
#include "export/DiagramExport.h"
#include "export/GraphExport.h"
#include "export/ReportWriter.h"
#include "interchange/JsonInterchange.h"
#include "mainwindow/MainWindow.h"
#include "mainwindow/Prompts.h"
#include "mainwindow/WindowManager.h"
#include "model/LogicModel.h"

#include <QAction>
#include <QApplication>
#include <QDir>
#include <QFileInfo>
#include <QSaveFile>
#include <QSettings>
#include <QStandardPaths>
#include <memory>

namespace el {

namespace {
const QString folderKey = QStringLiteral("export/folder");

Result<> writeBytes(const QString &path, const QByteArray &bytes)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit())
        return failure(
            QCoreApplication::translate("el::ExportActions",
                                        "%1: could not write the file (%2). Check that the folder "
                                        "exists and that you may write there, then try again.")
                .arg(QDir::toNativeSeparators(path), file.errorString()));
    return {};
}

// A project holding only these models (with their accepted findings and the project-wide ones).
std::unique_ptr<Project> projectOf(const Project &project, const QList<ModelId> &models)
{
    auto part = std::make_unique<Project>();
    part->setMeta(project.meta());
    for (ModelId id : models) {
        if (const LogicModel *m = project.model(id))
            part->insertModel(m->data());
    }
    QList<Waiver> waivers;
    for (const Waiver &w : project.waivers()) {
        if (w.model.isNull() || models.contains(w.model))
            waivers << w;
    }
    part->setWaivers(waivers);
    return part;
}
} // namespace

ExportActions::ExportActions(MainWindow *window)
    : QObject(window)
    , m_window(window)
{
    m_export = new QAction(tr("&Export\u2026"), this);
    m_export->setShortcut(QKeySequence(tr("Ctrl+Shift+E")));
    m_export->setToolTip(tr("Save the diagram as PDF, SVG or PNG, or the model as data"));
    connect(m_export, &QAction::triggered, this, &ExportActions::exportDiagram);

    m_print = new QAction(tr("&Print\u2026"), this);
    m_print->setShortcuts(QKeySequence::Print);
    m_print->setToolTip(tr("Print the current model, with a preview first"));
    connect(m_print, &QAction::triggered, this, &ExportActions::print);

    m_report = new QAction(tr("Export &Report\u2026"), this);
    m_report->setToolTip(tr("Write the evaluation report: every model, its cards and indicators, "
                            "coverage and findings, in one PDF"));
    connect(m_report, &QAction::triggered, this, &ExportActions::exportReport);

    runDialog = [](ExportDialog &dialog) {
        return dialog.exec() == QDialog::Accepted;
    };
}

bool ExportActions::exportDiagram()
{
    Document *document = m_window->document();
    if (document->project()->models().isEmpty()) {
        m_window->manager()->prompts()->showError(
            m_window, tr("Nothing to export"),
            tr("This project has no model yet. Add a model in the Models panel, then export."));
        return false;
    }
    ExportDialog dialog(document, m_window->currentModel(), ExportChoices::load(), m_window);
    if (!runDialog(dialog))
        return false;
    const ExportChoices choices = dialog.choices();
    const QList<ModelId> models = dialog.chosenModels();
    choices.save();

    const ExportFormat format = choices.format;
    QString path = m_window->manager()->prompts()->askSaveFileName(
        m_window, tr("Export"), suggestedPath(choices), ExportFormats::filter(format));
    if (path.isEmpty())
        return false;
    if (QFileInfo(path).suffix().isEmpty())
        path += QLatin1Char('.') + ExportFormats::extension(format);
    rememberFolder(path);

    ProgressWindow progress(
        m_window, tr("Export"), [](int, int) { return tr("Preparing the export\u2026"); },
        progressDelay);
    const auto written = write(choices, models, path, &progress);
    const bool cancelled = !written && progress.cancelled();
    progress.close();
    if (cancelled) {
        m_window->showStatus(tr("Export cancelled; no file was written."));
        return false;
    }
    if (!written) {
        m_window->manager()->prompts()->showError(m_window, tr("The export did not work"),
                                                  written.error());
        return false;
    }
    m_window->showStatus(tr("Exported to %1").arg(QDir::toNativeSeparators(path)));
    return true;
}

Result<> ExportActions::write(const ExportChoices &choices, const QList<ModelId> &models,
                              const QString &path, ProgressWindow *progress)
{
    Document *document = m_window->document();
    const Project &project = *document->project();
    if (models.isEmpty())
        return failure(tr("There is no model to export. Choose a model in the Models panel."));

    switch (choices.format) {
    case ExportFormat::Pdf:
        if (progress) {
            progress->setLabel([](int done, int pages) {
                if (pages == 0)
                    return tr("Preparing the pages\u2026");
                return tr("Writing page %1 of %2\u2026").arg(std::min(done + 1, pages)).arg(pages);
            });
        }
        return DiagramExport::writePdf(document, models, choices.setup, path, nullptr,
                                       progress ? progress->callback() : WriteProgress::Callback());
    case ExportFormat::Svg:
    case ExportFormat::Png: {
        QList<DiagramExport::Picture> pictures;
        QStringList names;
        const QFileInfo info(path);
        for (ModelId id : models) {
            const LogicModel *m = project.model(id);
            if (!m)
                continue;
            names << m->name();
            pictures.append({id, models.size() == 1
                                     ? path
                                     : info.dir().filePath(
                                         QStringLiteral("%1 - %2.%3")
                                             .arg(info.completeBaseName(),
                                                  ExportFormats::safeFileName(m->name()),
                                                  ExportFormats::extension(choices.format)))});
        }
        if (progress) {
            progress->setLabel([names](int done, int total) {
                if (total == 0 || names.isEmpty())
                    return tr("Preparing the pictures\u2026");
                const int at = std::min(done, total - 1);
                return tr("Writing picture %1 of %2: %3\u2026")
                    .arg(at + 1)
                    .arg(total)
                    .arg(names.value(at));
            });
        }
        return DiagramExport::writePictures(
            document,
            choices.format == ExportFormat::Svg ? DiagramExport::PictureFormat::Svg
                                                : DiagramExport::PictureFormat::Png,
            pictures, choices.setup, progress ? progress->callback() : WriteProgress::Callback());
    }
    case ExportFormat::Dot:
    case ExportFormat::Graphml: {
        QList<const LogicModel *> chosen;
        for (ModelId id : models) {
            if (const LogicModel *m = project.model(id))
                chosen << m;
        }
        return writeBytes(path, choices.format == ExportFormat::Dot
                                    ? GraphExport::toDot(project, chosen)
                                    : GraphExport::toGraphml(project, chosen));
    }
    case ExportFormat::Json:
        if (models.size() == project.models().size())
            return writeBytes(path, JsonInterchange::exportProject(project));
        return writeBytes(path, JsonInterchange::exportProject(*projectOf(project, models)));
    }
    return failure(tr("This format cannot be written."));
}

QString ExportActions::suggestedPath(const ExportChoices &choices) const
{
    Document *document = m_window->document();
    QString name = document->project()->title().trimmed();
    if (name.isEmpty())
        name = QFileInfo(document->filePath()).completeBaseName();
    if (name.isEmpty())
        name = tr("Logic model");
    const LogicModel *model = document->project()->model(m_window->currentModel());
    if (!choices.allModels && model && !model->name().trimmed().isEmpty())
        name += QStringLiteral(" - ") + model->name().trimmed();
    return QDir(lastFolder())
        .filePath(ExportFormats::safeFileName(name) + QLatin1Char('.')
                  + ExportFormats::extension(choices.format));
}

bool ExportActions::exportReport()
{
    Document *document = m_window->document();
    QString name = ExportFormats::safeFileName(document->project()->title());
    if (name.isEmpty())
        name = QFileInfo(document->filePath()).completeBaseName();
    const QString suggestion
        = QDir(lastFolder()).filePath(tr("%1 - evaluation report.pdf").arg(name));
    QString path = m_window->manager()->prompts()->askSaveFileName(
        m_window, tr("Export Report"), suggestion, ExportFormats::filter(ExportFormat::Pdf));
    if (path.isEmpty())
        return false;
    if (QFileInfo(path).suffix().isEmpty())
        path += QStringLiteral(".pdf");
    rememberFolder(path);

    // Pages are laid out first (their count not yet known), then written one by one.
    ProgressWindow progress(
        m_window, tr("Export Report"),
        [](int done, int pages) {
            if (pages == 0)
                return tr("Laying out the evaluation report\u2026");
            return tr("Writing page %1 of %2 of the evaluation report\u2026")
                .arg(std::min(done + 1, pages))
                .arg(pages);
        },
        progressDelay);
    const auto written = ReportWriter::write(document, path, progress.callback());
    const bool cancelled = !written && progress.cancelled();
    progress.close();
    if (cancelled) {
        m_window->showStatus(tr("Report cancelled; no file was written."));
        return false;
    }
    if (!written) {
        m_window->manager()->prompts()->showError(m_window, tr("The report was not written"),
                                                  written.error());
        return false;
    }
    m_window->showStatus(tr("Report written to %1").arg(QDir::toNativeSeparators(path)));
    return true;
}

void ExportActions::print()
{
    const ModelId model = m_window->currentModel();
    if (model.isNull()) {
        m_window->manager()->prompts()->showError(
            m_window, tr("Nothing to print"),
            tr("Choose a model in the Models panel first, then print."));
        return;
    }
    PrintPreviewDialogs::printModel(m_window, m_window->document(), model);
}

QString ExportActions::lastFolder() const
{
    const QString saved = QSettings().value(folderKey).toString();
    if (!saved.isEmpty() && QFileInfo(saved).isDir())
        return saved;
    const QString path = m_window->document()->filePath();
    if (!path.isEmpty())
        return QFileInfo(path).absolutePath();
    return QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
}

void ExportActions::rememberFolder(const QString &path) const
{
    QSettings().setValue(folderKey, QFileInfo(path).absolutePath());
}

} // namespace el
