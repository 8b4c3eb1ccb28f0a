#include "cli/CliOutput.h"

#include <QCoreApplication>

#include <cstdio>

namespace el::cli {

QString tr(const char *text, const char *disambiguation, int n)
{
    return QCoreApplication::translate("el::cli", text, disambiguation, n);
}

void out(const QString &text)
{
    const QByteArray bytes = text.toUtf8();
    std::fwrite(bytes.constData(), 1, static_cast<size_t>(bytes.size()), stdout);
    std::fflush(stdout);
}

void err(const QString &text)
{
    const QByteArray bytes = text.toUtf8();
    std::fwrite(bytes.constData(), 1, static_cast<size_t>(bytes.size()), stderr);
    std::fflush(stderr);
}

int usageError(const QString &command, const QString &problem)
{
    err(tr("equitylogic %1: %2\nRun \"equitylogic --help\" for usage.\n").arg(command, problem));
    return 2;
}

Arguments::Arguments(const QStringList &args, const QStringList &valueOptions,
                     const QStringList &flagOptions)
{
    for (qsizetype i = 0; i < args.size(); ++i) {
        const QString &a = args[i];
        if (valueOptions.contains(a)) {
            if (i + 1 >= args.size()) {
                m_error = tr("option %1 needs a value").arg(a);
                return;
            }
            m_values.append({a, args[++i]});
        } else if (flagOptions.contains(a)) {
            m_flags << a;
        } else if (a.startsWith(QLatin1Char('-')) && a.size() > 1) {
            m_error = tr("unknown option %1").arg(a);
            return;
        } else {
            m_positional << a;
        }
    }
}

std::optional<QString> Arguments::value(const QString &option) const
{
    for (const auto &[name, v] : m_values) {
        if (name == option)
            return v;
    }
    return std::nullopt;
}

} // namespace el::cli
