#pragma once
// The subcommands, one file each; args exclude the subcommand's own name.
#include <QStringList>

namespace el::cli {

// Need only the core (the equitylogic program runs them itself):
int runImport(const QStringList &args);
int runValidate(const QStringList &args);
int runTidy(const QStringList &args);
int runInfo(const QStringList &args);

// Draw (run by the editor program, with fonts on the offscreen platform):
int runExport(const QStringList &args);
int runReport(const QStringList &args);

} // namespace el::cli
