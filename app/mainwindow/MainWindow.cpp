#include "mainwindow/MainWindow.h"

#include "canvas/CanvasView.h"
#include "canvas/ModelScene.h"
#include "document/Document.h"
#include "mainwindow/ArrangeActions.h"
#include "mainwindow/CanvasMenu.h"
#include "mainwindow/EditActions.h"
#include "mainwindow/ExportActions.h"
#include "mainwindow/FileActions.h"
#include "mainwindow/FindBar.h"
#include "mainwindow/HelpActions.h"
#include "mainwindow/ReadOnlyBar.h"
#include "mainwindow/SessionController.h"
#include "mainwindow/ValidationController.h"
#include "mainwindow/ViewActions.h"
#include "mainwindow/WindowManager.h"
#include "panels/CoverageDock.h"
#include "panels/FindingsDock.h"
#include "panels/HistoryDock.h"
#include "panels/ModelListDock.h"
#include "panels/PropertiesDock.h"

#include <QCloseEvent>
#include <QGuiApplication>
#include <QLabel>
#include <QMenuBar>
#include <QScreen>
#include <QSettings>
#include <QStatusBar>
#include <QToolBar>
#include <QVBoxLayout>

namespace el {

namespace {
const QString geometryKey = QStringLiteral("window/geometry");
const QString stateKey = QStringLiteral("window/state");
} // namespace

MainWindow::MainWindow(WindowManager *manager, std::unique_ptr<Document> document, QWidget *parent)
    : QMainWindow(parent)
    , m_manager(manager)
    , m_document(std::move(document))
{
    setAttribute(Qt::WA_DeleteOnClose);
    setObjectName(QStringLiteral("MainWindow"));
    setDockOptions(AnimatedDocks | AllowTabbedDocks | AllowNestedDocks);
    setCorner(Qt::BottomLeftCorner, Qt::LeftDockWidgetArea);
    setCorner(Qt::BottomRightCorner, Qt::RightDockWidgetArea);

    m_canvas = new CanvasView(m_document.get(), this);
    m_validation = new ValidationController(m_document->project(), this);

    createDocks();
    createMenusAndToolBars();
    // The read-only banner sits above the canvas.
    auto *centre = new QWidget(this);
    auto *centreLayout = new QVBoxLayout(centre);
    centreLayout->setContentsMargins(0, 0, 0, 0);
    centreLayout->setSpacing(0);
    centreLayout->addWidget(m_session->readOnlyBar());
    centreLayout->addWidget(m_canvas, 1);
    setCentralWidget(centre);
    connectParts();
    restoreLayout();
    updateTitle();

    m_modelList->selectFirstModel();
    m_validation->validateNow();
}

MainWindow::~MainWindow()
{
    // The panels and the canvas refer to the document: they go first.
    delete m_canvas;
    const QList<QDockWidget *> docks = findChildren<QDockWidget *>();
    qDeleteAll(docks);
}

QString MainWindow::documentPath() const
{
    return m_document->filePath();
}

bool MainWindow::isUntouched() const
{
    return m_document->filePath().isEmpty() && !m_document->isModified()
           && m_document->undoStack()->count() == 0;
}

ModelId MainWindow::currentModel() const
{
    return m_canvas->model();
}

void MainWindow::showModel(ModelId model)
{
    if (model.isNull() || model == m_canvas->model())
        return;
    m_modelList->setCurrentModel(model);
}

void MainWindow::showStatus(const QString &message)
{
    statusBar()->showMessage(message, 6000);
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    if (!m_fileActions->maybeSave()) {
        event->ignore();
        return;
    }
    m_session->close();
    saveLayout();
    event->accept();
}

void MainWindow::createDocks()
{
    m_modelList = new ModelListDock(m_document.get(), this);
    m_properties = new PropertiesDock(m_document.get(), this);
    m_findings = new FindingsDock(m_document.get(), this);
    m_findings->setPrompts(m_manager->prompts());
    m_coverage = new CoverageDock(m_document.get(), this);
    m_history = new HistoryDock(m_document->undoStack(), this);

    addDockWidget(Qt::LeftDockWidgetArea, m_modelList);
    addDockWidget(Qt::RightDockWidgetArea, m_properties);
    addDockWidget(Qt::BottomDockWidgetArea, m_findings);
    addDockWidget(Qt::BottomDockWidgetArea, m_coverage);
    addDockWidget(Qt::BottomDockWidgetArea, m_history);
    tabifyDockWidget(m_findings, m_coverage);
    tabifyDockWidget(m_coverage, m_history);
    m_findings->raise();
    resizeDocks({m_modelList, m_properties}, {230, 340}, Qt::Horizontal);
    resizeDocks({m_findings}, {240}, Qt::Vertical);
}

void MainWindow::createMenusAndToolBars()
{
    m_session = new SessionController(this, m_manager->recoveryFolder());
    m_fileActions = new FileActions(this);
    m_editActions = new EditActions(this);
    m_viewActions = new ViewActions(this);
    m_helpActions = new HelpActions(this);
    m_exportActions = new ExportActions(this);
    m_arrangeActions = new ArrangeActions(this);

    m_fileActions->fillMenuBar(menuBar(), m_exportActions->actions());
    m_editActions->fillMenuBar(menuBar());
    m_viewActions->fillMenuBar(menuBar(), {m_editActions->connectAction()});
    m_arrangeActions->fillMenuBar(menuBar());
    m_helpActions->fillMenuBar(menuBar());

    auto *main = addToolBar(tr("Main toolbar"));
    main->setObjectName(QStringLiteral("MainToolBar"));
    main->setToolButtonStyle(Qt::ToolButtonTextUnderIcon);
    main->setIconSize(QSize(22, 22));
    m_fileActions->fillToolBar(main);
    main->addSeparator();
    m_editActions->fillToolBar(main);
    main->addSeparator();
    m_viewActions->fillToolBar(main);
    m_arrangeActions->fillToolBar(main);
    auto *spacer = new QWidget(main);
    spacer->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    main->addWidget(spacer);
    main->addWidget(m_editActions->findBar());

    addToolBarBreak();
    addToolBar(m_viewActions->createAddToolBar(this));

    m_zoomLabel = new QLabel(this);
    statusBar()->addPermanentWidget(m_zoomLabel);
    m_viewActions->addViewToggles({m_modelList->toggleViewAction(),
                                   m_properties->toggleViewAction(), m_findings->toggleViewAction(),
                                   m_coverage->toggleViewAction(), m_history->toggleViewAction(),
                                   main->toggleViewAction()});
}

void MainWindow::connectParts()
{
    connect(m_document.get(), &Document::modifiedChanged, this, &MainWindow::updateTitle);
    connect(m_document.get(), &Document::filePathChanged, this, &MainWindow::updateTitle);

    connect(m_modelList, &ModelListDock::currentModelChanged, this, [this](ModelId model) {
        rememberView();
        m_canvas->setModel(model);
        restoreView();
        m_properties->setModel(model);
        m_coverage->setCurrentModel(model);
        feedCanvasDiagnostics();
    });
    connect(m_canvas, &CanvasView::contextMenuRequested, this,
            [this](const QPoint &globalPos, const QPointF &scenePos) {
                CanvasMenu::popUp(this, globalPos, scenePos);
            });
    connect(m_canvas, &CanvasView::selectionChanged, this, [this] {
        m_properties->setSelection(m_canvas->selectedNodes(), m_canvas->selectedLinks());
        m_editActions->updateEnabled();
        m_arrangeActions->updateEnabled();
    });
    m_canvas->installEventFilter(this);
    connect(m_canvas, &CanvasView::statusMessage, this, &MainWindow::showStatus);
    connect(m_canvas, &CanvasView::zoomChanged, this,
            [this](double zoom) { m_zoomLabel->setText(tr("Zoom %1%").arg(qRound(zoom * 100))); });
    m_zoomLabel->setText(tr("Zoom %1%").arg(qRound(m_canvas->zoom() * 100)));

    connect(m_validation, &ValidationController::validated, this,
            [this](const ValidationResult &result) {
                m_findings->setResult(result);
                m_coverage->setCoverage(result.coverage);
                feedCanvasDiagnostics();
            });
    connect(m_findings, &FindingsDock::findingActivated, this, &MainWindow::showFinding);
    connect(m_coverage, &CoverageDock::cellActivated, this, [this](ModelId model, int principle) {
        showModel(model);
        m_canvas->highlightPrinciple(principle);
    });
}

bool MainWindow::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_canvas && event->type() == QEvent::Show && m_fitPending)
        fitFirstShow();
    return QMainWindow::eventFilter(watched, event);
}

void MainWindow::rememberView()
{
    const ModelId model = m_canvas->model();
    if (model.isNull() || !m_views.contains(model))
        return;
    m_views[model]
        = {m_canvas->zoom(), m_canvas->mapToScene(m_canvas->viewport()->rect().center())};
}

void MainWindow::restoreView()
{
    const ModelId model = m_canvas->model();
    const auto seen = m_views.constFind(model);
    if (seen == m_views.constEnd()) {
        fitFirstShow();
        return;
    }
    m_fitPending = false;
    m_canvas->setZoom(seen->zoom);
    m_canvas->centerOn(seen->centre);
}

void MainWindow::fitFirstShow()
{
    const ModelId model = m_canvas->model();
    if (model.isNull() || m_views.contains(model))
        return;
    // Before the window is shown the canvas has no size yet: fit when it is shown.
    if (!m_canvas->isVisible()) {
        m_fitPending = true;
        return;
    }
    m_fitPending = false;
    m_canvas->zoomToFit();
    if (m_canvas->zoom() > 1.0) {
        // A small model is shown at actual size, not blown up.
        m_canvas->actualSize();
        m_canvas->centerOn(m_canvas->modelScene()->contentRect().center());
    }
    m_views.insert(model,
                   {m_canvas->zoom(), m_canvas->mapToScene(m_canvas->viewport()->rect().center())});
}

void MainWindow::showFinding(const Diagnostic &finding)
{
    showModel(finding.model);
    if (finding.model != m_canvas->model())
        return;
    if (!finding.nodes.isEmpty())
        m_canvas->selectNodes(finding.nodes, true);
    m_canvas->highlightChain(finding.chain);
}

void MainWindow::feedCanvasDiagnostics()
{
    m_canvas->setDiagnostics(m_validation->diagnosticsFor(m_canvas->model()));
}

void MainWindow::updateTitle()
{
    setWindowTitle(tr("%1[*] \u2014 Equity Logic").arg(m_document->displayName()));
    setWindowModified(m_document->isModified());
    setWindowFilePath(m_document->filePath());
}

void MainWindow::restoreLayout()
{
    QSettings settings;
    const QByteArray geometry = settings.value(geometryKey).toByteArray();
    if (geometry.isEmpty() || !restoreGeometry(geometry)) {
        const QRect available = QGuiApplication::primaryScreen()
                                    ? QGuiApplication::primaryScreen()->availableGeometry()
                                    : QRect(0, 0, 1280, 800);
        const QSize size = QSize(1440, 900).boundedTo(available.size());
        setGeometry(QRect(available.topLeft(), size)
                        .translated((available.width() - size.width()) / 2,
                                    (available.height() - size.height()) / 2));
    }
    restoreState(settings.value(stateKey).toByteArray());
}

void MainWindow::saveLayout() const
{
    QSettings settings;
    settings.setValue(geometryKey, saveGeometry());
    settings.setValue(stateKey, saveState());
}

} // namespace el
