#include "cli/Subcommands.h"

#include "cli/CliCommands.h"
#include "cli/CliOutput.h"

#include <QFileInfo>

namespace el::cli {

namespace {
struct Subcommand
{
    const char *name;
    const char *usage;
    Needs needs;
    int (*run)(const QStringList &args); // null for the drawing ones, run by the editor program
};

const Subcommand subcommands[] = {
    {"import", "import IN.json -o OUT.eqlm          JSON interchange to a project file",
     Needs::Core, &runImport},
    {"export",
     "export FILE.eqlm -o OUT.json|.pdf|.svg|.png|.dot|.graphml [--model NAME]\n"
     "                   [--page A4|A3] [--landscape|--portrait] [--fit|--tile] [--scale PERCENT]\n"
     "                   [--dpi N] [--transparent]",
     Needs::Drawing, nullptr},
    {"validate", "validate FILE.eqlm [--format text|json] [--strict]", Needs::Core, &runValidate},
    {"tidy", "tidy FILE.eqlm [-o OUT.eqlm] [--model NAME]", Needs::Core, &runTidy},
    {"report", "report FILE.eqlm -o REPORT.pdf", Needs::Drawing, nullptr},
    {"info", "info FILE.eqlm                      what a project file holds", Needs::Core,
     &runInfo},
};

bool isHelp(const QString &arg)
{
    return arg == QLatin1String("--help") || arg == QLatin1String("-h");
}

bool isVersion(const QString &arg)
{
    return arg == QLatin1String("--version") || arg == QLatin1String("-v");
}
} // namespace

QString helpText()
{
    QString text
        = tr("Equity Logic %1: logic models checked against the eight Marmot principles.\n\n"
             "Usage:\n  equitylogic [FILE.eqlm]             open the editor\n")
              .arg(QStringLiteral(EL_VERSION));
    for (const Subcommand &s : subcommands)
        text += QStringLiteral("  equitylogic %1\n").arg(QString::fromLatin1(s.usage));
    text += tr("\nExit codes: 0 success; 1 validation found errors (validate); "
               "2 bad input or usage.\n");
    return text;
}

Needs needsOf(const QStringList &args)
{
    if (args.isEmpty())
        return Needs::Editor;
    const QString &first = args.first();
    if (isHelp(first) || isVersion(first))
        return Needs::Core;
    for (const Subcommand &s : subcommands) {
        if (first == QLatin1String(s.name))
            return s.needs;
    }
    // Anything else is the file to open (or one of Qt's own options): a word that names no file
    // and does not look like a project file's name is a mistyped command, answered on the
    // terminal rather than with an editor window, or a display error where there is none.
    if (!first.startsWith(QLatin1Char('-')) && !QFileInfo::exists(first)
        && !first.endsWith(QLatin1String(".eqlm"), Qt::CaseInsensitive))
        return Needs::Core;
    return Needs::Editor;
}

int runCoreSubcommand(const QStringList &args)
{
    if (args.isEmpty() || isHelp(args.first())) {
        out(helpText());
        return 0;
    }
    if (isVersion(args.first())) {
        out(QStringLiteral("equitylogic %1\n").arg(QStringLiteral(EL_VERSION)));
        return 0;
    }
    for (const Subcommand &s : subcommands) {
        if (args.first() == QLatin1String(s.name) && s.run)
            return s.run(args.mid(1));
    }
    err(tr("equitylogic: \"%1\" is neither a command nor a file.\n\n%2")
            .arg(args.first(), helpText()));
    return 2;
}

} // namespace el::cli
