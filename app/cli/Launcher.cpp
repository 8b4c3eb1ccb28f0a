#include "cli/Launcher.h"

#include "cli/CliOutput.h"
#include "cli/Subcommands.h"
#include "cli/Translations.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>

#ifdef Q_OS_UNIX
#include <cerrno>
#include <cstring>
#include <unistd.h>
#else
#include <QProcess>
#endif

namespace el::cli {

namespace {
int handOver(int argc, char **argv)
{
    QString dir;
    [[maybe_unused]] QStringList arguments; // as Qt decodes them (on Windows, from the wide form)
    {
        QCoreApplication app(argc, argv);
        dir = QCoreApplication::applicationDirPath();
        arguments = QCoreApplication::arguments().mid(1);
    }
    const QString program = editorProgramPath(dir);
    if (program.isEmpty()) {
        err(tr("equitylogic: the editor program (equitylogic-editor) is missing: it should be "
               "beside this program or in %1. Reinstall Equity Logic.\n")
                .arg(QDir::cleanPath(dir + QStringLiteral("/" EL_EDITOR_RELATIVE_DIR))));
        return 2;
    }
#ifdef Q_OS_UNIX
    // The editor program takes this process's place: same process id, arguments, terminal and
    // exit code.
    const QByteArray path = QFile::encodeName(program);
    ::execv(path.constData(), argv);
    err(tr("equitylogic: could not start the editor program %1: %2\n")
            .arg(program, QString::fromLocal8Bit(std::strerror(errno))));
    return 2;
#else
    // No exec here: the editor's window is started and left running; export and report are
    // waited for, so that their output and exit code reach the terminal.
    if (needsOf(arguments) == Needs::Editor) {
        if (QProcess::startDetached(program, arguments))
            return 0;
        err(tr("equitylogic: could not start the editor program %1.\n").arg(program));
        return 2;
    }
    const int code = QProcess::execute(program, arguments);
    if (code < 0) {
        err(tr("equitylogic: could not start the editor program %1.\n").arg(program));
        return 2;
    }
    return code;
#endif
}
} // namespace

QString editorProgramPath(const QString &programDir)
{
#ifdef Q_OS_WIN
    const QString name = QStringLiteral("equitylogic-editor.exe");
#else
    const QString name = QStringLiteral("equitylogic-editor");
#endif
    for (const QString &dir :
         {programDir, programDir + QStringLiteral("/" EL_EDITOR_RELATIVE_DIR)}) {
        const QFileInfo candidate(QDir(dir).filePath(name));
        if (candidate.isFile() && candidate.isExecutable())
            return QDir::cleanPath(candidate.absoluteFilePath());
    }
    return {};
}

int runLauncher(int argc, char **argv)
{
    QStringList args;
    for (int i = 1; i < argc; ++i)
        args << QString::fromLocal8Bit(argv[i]);
    if (needsOf(args) != Needs::Core)
        return handOver(argc, argv);
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("Equity Logic"));
    QCoreApplication::setApplicationVersion(QStringLiteral(EL_VERSION));
    installTranslations();
    // Qt decodes the arguments correctly on every system (on Windows, from the wide form).
    return runCoreSubcommand(QCoreApplication::arguments().mid(1));
}

} // namespace el::cli
