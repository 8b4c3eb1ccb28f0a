#include "cli/CommandLine.h"

#include "cli/CliCommands.h"
#include "cli/CliOutput.h"
#include "mainwindow/GuiMain.h"

#include <QApplication>
#include <QCoreApplication>
#include <QFile>
#include <QTemporaryDir>
#include <memory>

namespace el {

namespace {
struct Subcommand
{
    const char *name;
    const char *usage;
    int (*run)(const QStringList &args);
};

const Subcommand subcommands[] = {
    {"import", "import IN.json -o OUT.eqlm          JSON interchange to a project file",
     &cli::runImport},
    {"export",
     "export FILE.eqlm -o OUT.json|.pdf|.svg|.png|.dot|.graphml [--model NAME]\n"
     "                   [--page A4|A3] [--landscape|--portrait] [--fit|--tile] [--scale PERCENT]\n"
     "                   [--dpi N] [--transparent]",
     &cli::runExport},
    {"validate", "validate FILE.eqlm [--format text|json] [--strict]", &cli::runValidate},
    {"tidy", "tidy FILE.eqlm [-o OUT.eqlm] [--model NAME]", &cli::runTidy},
    {"report", "report FILE.eqlm -o REPORT.pdf", &cli::runReport},
    {"info", "info FILE.eqlm                      what a project file holds", &cli::runInfo},
};

QString helpText()
{
    QString text
        = cli::tr("Equity Logic %1: logic models checked against the eight Marmot principles.\n\n"
                  "Usage:\n  equitylogic [FILE.eqlm]             open the editor\n")
              .arg(QStringLiteral(EL_VERSION));
    for (const Subcommand &s : subcommands)
        text += QStringLiteral("  equitylogic %1\n").arg(QString::fromLatin1(s.usage));
    text += cli::tr("\nExit codes: 0 success; 1 validation found errors (validate); "
                    "2 bad input or usage.\n");
    return text;
}
} // namespace

bool isCommandLineMode(const QStringList &args)
{
    if (args.isEmpty())
        return false;
    const QString &first = args.first();
    if (first == QLatin1String("--help") || first == QLatin1String("-h")
        || first == QLatin1String("--version") || first == QLatin1String("-v"))
        return true;
    for (const Subcommand &s : subcommands) {
        if (first == QLatin1String(s.name))
            return true;
    }
    return false;
}

int runSubcommand(const QStringList &args)
{
    if (args.isEmpty() || args.first() == QLatin1String("--help")
        || args.first() == QLatin1String("-h")) {
        cli::out(helpText());
        return 0;
    }
    if (args.first() == QLatin1String("--version") || args.first() == QLatin1String("-v")) {
        cli::out(QStringLiteral("equitylogic %1\n").arg(QStringLiteral(EL_VERSION)));
        return 0;
    }
    for (const Subcommand &s : subcommands) {
        if (args.first() == QLatin1String(s.name))
            return s.run(args.mid(1));
    }
    cli::err(cli::tr("equitylogic: unknown command \"%1\".\n\n%2").arg(args.first(), helpText()));
    return 2;
}

int runMain(int argc, char **argv)
{
    QStringList args;
    for (int i = 1; i < argc; ++i)
        args << QString::fromLocal8Bit(argv[i]);
    if (isCommandLineMode(args)) {
        // No display needed. Drawing (export, report, tidy's text measuring) needs fonts, and
        // the canvas scene needs a widgets application: those get one on the offscreen
        // platform unless a platform is asked for.
        const QString command = args.first();
        const bool draws = command == QLatin1String("export") || command == QLatin1String("report")
                           || command == QLatin1String("tidy");
        if (draws && qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
            qputenv("QT_QPA_PLATFORM", "offscreen");
        // Qt wants a private runtime folder on Unix and warns on every run without one (as in CI
        // and ssh sessions); give it a temporary one rather than print a warning people cannot act
        // on.
        std::unique_ptr<QTemporaryDir> runtimeDir;
#ifdef Q_OS_UNIX
        if (draws && qEnvironmentVariableIsEmpty("XDG_RUNTIME_DIR")) {
            runtimeDir = std::make_unique<QTemporaryDir>();
            if (runtimeDir->isValid())
                qputenv("XDG_RUNTIME_DIR", QFile::encodeName(runtimeDir->path()));
        }
#endif
        std::unique_ptr<QCoreApplication> app;
        if (draws)
            app = std::make_unique<QApplication>(argc, argv);
        else
            app = std::make_unique<QCoreApplication>(argc, argv);
        QCoreApplication::setApplicationName(QStringLiteral("Equity Logic"));
        QCoreApplication::setApplicationVersion(QStringLiteral(EL_VERSION));
        // Qt decodes the arguments correctly on every system (on Windows, from the wide form).
        return runSubcommand(QCoreApplication::arguments().mid(1));
    }
    return runGui(argc, argv);
}

} // namespace el
