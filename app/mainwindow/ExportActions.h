#pragma once
// The File menu's way out of the editor: Export… (the export dialog, a save dialog, then the
// files), Print… (print preview of the current model) and Export Report… (the evaluation
// report), with progress while a long export runs and failures said in plain words.
#include "dialogs/ExportChoices.h"
#include "model/Ids.h"
#include "util/Result.h"

#include <QList>
#include <QObject>
#include <functional>

class QAction;

namespace el {

class ExportDialog;
class MainWindow;
class ProgressWindow;

class ExportActions : public QObject
{
    Q_OBJECT
public:
    explicit ExportActions(MainWindow *window);

    QList<QAction *> actions() const { return {m_export, m_print, m_report}; }
    QAction *exportAction() const { return m_export; }
    QAction *printAction() const { return m_print; }
    QAction *reportAction() const { return m_report; }

    // File > Export…: the dialog, the file name, then the export. False when cancelled or failed.
    bool exportDiagram();
    // File > Export Report…: the file name, then the report.
    bool exportReport();
    void print();

    // Writes what the choices ask for (models given) to path; a file per model when the format
    // holds one drawing and there are several models (path's name, then " - " and the model).
    // A progress window, when given, counts the pages or pictures and can cancel them.
    Result<> write(const ExportChoices &choices, const QList<ModelId> &models, const QString &path,
                   ProgressWindow *progress = nullptr);
    // The file name offered in the save dialog.
    QString suggestedPath(const ExportChoices &choices) const;

    // Shows the dialog and returns whether the user went ahead; tests replace it so that no
    // modal dialog blocks them (they set the controls and return true).
    std::function<bool(ExportDialog &)> runDialog;
    // How long (ms) an export runs before its progress window appears; tests set 0 to have it
    // at once.
    int progressDelay = 500;

private:
    QString lastFolder() const;
    void rememberFolder(const QString &path) const;

    MainWindow *m_window;
    QAction *m_export;
    QAction *m_print;
    QAction *m_report;
};

} // namespace el
