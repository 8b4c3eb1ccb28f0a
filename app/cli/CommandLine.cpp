#include "cli/CommandLine.h"

#include "cli/CliCommands.h"
#include "cli/CliOutput.h"
#include "cli/QtMessages.h"
#include "cli/Subcommands.h"
#include "cli/Translations.h"
#include "mainwindow/GuiMain.h"

#include <QApplication>
#include <QCoreApplication>
#include <QFile>
#include <QTemporaryDir>
#include <memory>

namespace el {

namespace {
void setUpApplication()
{
    QCoreApplication::setApplicationName(QStringLiteral("Equity Logic"));
    QCoreApplication::setApplicationVersion(QStringLiteral(EL_VERSION));
    installTranslations();
}

int runDrawing(int argc, char **argv)
{
    // No display needed: export and report draw with fonts and the canvas's scene, which need a
    // widgets application; it runs on the offscreen platform unless a platform is asked for.
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    // Qt wants a private runtime folder on Unix and warns on every run without one (as in CI and
    // ssh sessions); give it a temporary one rather than print a warning people cannot act on.
    std::unique_ptr<QTemporaryDir> runtimeDir;
#ifdef Q_OS_UNIX
    if (qEnvironmentVariableIsEmpty("XDG_RUNTIME_DIR")) {
        runtimeDir = std::make_unique<QTemporaryDir>();
        if (runtimeDir->isValid())
            qputenv("XDG_RUNTIME_DIR", QFile::encodeName(runtimeDir->path()));
    }
#endif
    quietenQtMessages();
    QApplication app(argc, argv);
    setUpApplication();
    const QStringList args = QCoreApplication::arguments().mid(1);
    if (args.first() == QLatin1String("export"))
        return cli::runExport(args.mid(1));
    return cli::runReport(args.mid(1));
}

// On Linux and the BSDs windows open through X11 or Wayland. Without either, Qt would stop the
// program with a message about its platform plugin that tells nobody what to do.
bool lacksDisplay(const QStringList &args)
{
#if defined(Q_OS_UNIX) && !defined(Q_OS_MACOS)
    if (!qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM")
        || args.contains(QLatin1String("-platform")))
        return false;
    return qEnvironmentVariableIsEmpty("DISPLAY") && qEnvironmentVariableIsEmpty("WAYLAND_DISPLAY");
#else
    Q_UNUSED(args);
    return false;
#endif
}
} // namespace

int runMain(int argc, char **argv)
{
    QStringList args;
    for (int i = 1; i < argc; ++i)
        args << QString::fromLocal8Bit(argv[i]);
    switch (cli::needsOf(args)) {
    case cli::Needs::Core: {
        QCoreApplication app(argc, argv);
        setUpApplication();
        // Qt decodes the arguments correctly on every system (on Windows, from the wide form).
        return cli::runCoreSubcommand(QCoreApplication::arguments().mid(1));
    }
    case cli::Needs::Drawing:
        return runDrawing(argc, argv);
    case cli::Needs::Editor:
        if (lacksDisplay(args)) {
            cli::err(cli::tr("equitylogic: there is no display here to open the editor on. The "
                             "command-line modes need none, for example\n"
                             "  equitylogic validate FILE.eqlm\n"
                             "  equitylogic export FILE.eqlm -o DIAGRAMS.pdf\n"
                             "See equitylogic --help for them all.\n"));
            return 2;
        }
        break;
    }
    return runGui(argc, argv);
}

} // namespace el
