#include "mainwindow/GuiMain.h"

#include "canvas/CanvasAccessible.h"
#include "cli/QtMessages.h"
#include "cli/Translations.h"
#include "mainwindow/MainWindow.h"
#include "mainwindow/StartupRecovery.h"
#include "mainwindow/WindowManager.h"

#include <QApplication>
#include <QSettings>

// The resources live in the app library: a static library's resources must be registered by
// hand (outside any namespace).
static void initResources()
{
    Q_INIT_RESOURCE(resources);
}

namespace el {

namespace {
const QString firstStartKey = QStringLiteral("sampleShown");
}

int runGui(int argc, char **argv)
{
    initResources();
    quietenQtMessages();
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("Equity Logic"));
    QApplication::setApplicationDisplayName(QStringLiteral("Equity Logic"));
    QApplication::setOrganizationName(QStringLiteral("Equity Logic"));
    QApplication::setApplicationVersion(QStringLiteral(EL_VERSION));
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/equitylogic.svg")));
    installTranslations();
    // Screen readers read the canvas's cards (built only while one is listening).
    CanvasAccessible::installFactory();

    WindowManager manager;
    // Work left unsaved by a crash comes first.
    StartupRecovery(&manager).run();
    const QStringList args = QApplication::arguments().mid(1);
    for (const QString &path : args)
        manager.openFile(path);
    if (manager.windows().isEmpty()) {
        // The sample on the very first start, so there is something to explore; an empty
        // project afterwards (or when a file could not be opened).
        QSettings settings;
        if (!args.isEmpty() || settings.value(firstStartKey).toBool() || !manager.openSample())
            manager.newProject();
        settings.setValue(firstStartKey, true);
    }
    return QApplication::exec();
}

} // namespace el
