// Subcommands whose capability has not landed yet: they say so plainly, with exit code 2.
#include "cli/CliCommands.h"
#include "cli/CliOutput.h"

namespace el::cli {

namespace {
int notYet(const char *name)
{
    err(QStringLiteral("equitylogic %1: this command is not available in this version yet.\n")
            .arg(QString::fromLatin1(name)));
    return 2;
}
} // namespace

int runReport(const QStringList &)
{
    return notYet("report");
}

} // namespace el::cli
