// equitylogic validate FILE.eqlm [--format text|json] [--strict]: checks every model of a project
// and exits 1 when unwaived errors remain (with --strict, unwaived warnings too).
#include "cli/CliCommands.h"
#include "cli/CliOutput.h"
#include "storage/ProjectFile.h"
#include "validation/ValidationOutput.h"

#include <QJsonDocument>

namespace el::cli {

int runValidate(const QStringList &args)
{
    const QString command = QStringLiteral("validate");
    const Arguments parsed(args, {QStringLiteral("--format")}, {QStringLiteral("--strict")});
    if (!parsed.ok())
        return usageError(command, parsed.error());
    if (parsed.positional().size() != 1)
        return usageError(command, tr("give exactly one project file (.eqlm)"));
    const QString format
        = parsed.value(QStringLiteral("--format")).value_or(QStringLiteral("text"));
    if (format != QLatin1String("text") && format != QLatin1String("json"))
        return usageError(command, tr("unknown format \"%1\"; use text or json").arg(format));
    const bool strict = parsed.flag(QStringLiteral("--strict"));

    const QString path = parsed.positional().first();
    auto loaded = ProjectFile::load(path);
    if (!loaded) {
        err(QStringLiteral("equitylogic validate: %1\n").arg(loaded.error()));
        return 2;
    }
    const Project &project = **loaded;
    const ValidationResult result = Validator::validate(project);
    if (format == QLatin1String("json")) {
        const QJsonObject json = ValidationOutput::json(project, result, strict);
        out(QString::fromUtf8(QJsonDocument(json).toJson(QJsonDocument::Indented)));
    } else {
        out(ValidationOutput::text(project, result));
        out(ValidationOutput::summary(result, strict) + QLatin1Char('\n'));
    }
    return result.passes(strict) ? 0 : 1;
}

} // namespace el::cli
