#pragma once
// The subcommands, one file each; args exclude the subcommand's own name.
#include <QStringList>

namespace el::cli {

int runImport(const QStringList &args);
int runExport(const QStringList &args);
int runValidate(const QStringList &args);
int runTidy(const QStringList &args);
int runReport(const QStringList &args);
int runInfo(const QStringList &args);

} // namespace el::cli
