#pragma once
// The editor's window for one project: the model list, the canvas and the panels around it. It
// only assembles the parts; the actions live in FileActions, EditActions, ViewActions and
// HelpActions, and each panel is its own dock class.
#include "model/Ids.h"

#include <QHash>
#include <QMainWindow>
#include <QPointF>
#include <memory>

class QLabel;

namespace el {

class ArrangeActions;
class CanvasView;
class CoverageDock;
class Document;
class EditActions;
class ExportActions;
class FileActions;
class FindingsDock;
class HelpActions;
class HistoryDock;
class ModelListDock;
class PropertiesDock;
class SessionController;
class ValidationController;
class ViewActions;
class WindowManager;
struct Diagnostic;

class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    MainWindow(WindowManager *manager, std::unique_ptr<Document> document,
               QWidget *parent = nullptr);
    ~MainWindow() override;

    WindowManager *manager() const { return m_manager; }
    Document *document() const { return m_document.get(); }
    QString documentPath() const;
    // Untitled, unchanged and with nothing to undo: a window that may be reused for a file.
    bool isUntouched() const;

    CanvasView *canvas() const { return m_canvas; }
    ModelListDock *modelList() const { return m_modelList; }
    PropertiesDock *properties() const { return m_properties; }
    FindingsDock *findings() const { return m_findings; }
    CoverageDock *coverage() const { return m_coverage; }
    ValidationController *validation() const { return m_validation; }
    FileActions *fileActions() const { return m_fileActions; }
    EditActions *editActions() const { return m_editActions; }
    ViewActions *viewActions() const { return m_viewActions; }
    ExportActions *exportActions() const { return m_exportActions; }
    ArrangeActions *arrangeActions() const { return m_arrangeActions; }
    // The document's lock, working copy, read-only banner and saving (SessionController).
    SessionController *session() const { return m_session; }

    ModelId currentModel() const;
    // Shows a model on the canvas and selects it in the model list.
    void showModel(ModelId model);
    void showStatus(const QString &message);

protected:
    void closeEvent(QCloseEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void createDocks();
    void createMenusAndToolBars();
    void connectParts();
    void showFinding(const Diagnostic &finding);
    void feedCanvasDiagnostics();
    void updateTitle();
    void restoreLayout();
    void saveLayout() const;
    // The first time a model is shown in this window, fit it on screen (never above 100%);
    // after that it comes back at the zoom and place the user left. Fitting waits for the
    // canvas to be shown.
    void rememberView();
    void restoreView();
    void fitFirstShow();

    WindowManager *m_manager;
    std::unique_ptr<Document> m_document;
    CanvasView *m_canvas = nullptr;
    ModelListDock *m_modelList = nullptr;
    PropertiesDock *m_properties = nullptr;
    FindingsDock *m_findings = nullptr;
    CoverageDock *m_coverage = nullptr;
    HistoryDock *m_history = nullptr;
    ValidationController *m_validation = nullptr;
    FileActions *m_fileActions = nullptr;
    EditActions *m_editActions = nullptr;
    ViewActions *m_viewActions = nullptr;
    HelpActions *m_helpActions = nullptr;
    ExportActions *m_exportActions = nullptr;
    ArrangeActions *m_arrangeActions = nullptr;
    struct ViewState
    {
        double zoom = 1.0;
        QPointF centre;
    };
    QHash<ModelId, ViewState> m_views;
    bool m_fitPending = false;
    QLabel *m_zoomLabel = nullptr;
    SessionController *m_session = nullptr;
};

} // namespace el
