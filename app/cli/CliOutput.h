#pragma once
// Writing to standard output and standard error, and the shared argument parsing of subcommands.
#include <QString>
#include <QStringList>
#include <optional>

namespace el::cli {

// Translated text of the command line (context "el::cli"); n >= 0 chooses the singular or plural
// form of a text with a count ("%n").
QString tr(const char *text, const char *disambiguation = nullptr, int n = -1);

void out(const QString &text);
void err(const QString &text);

// Reports a usage problem on stderr and returns exit code 2.
int usageError(const QString &command, const QString &problem);

// Simple parser: positional arguments and options that take a value ("-o X") or not.
class Arguments
{
public:
    // valueOptions: options that take a value, for example {"-o", "--model"}.
    Arguments(const QStringList &args, const QStringList &valueOptions,
              const QStringList &flagOptions);

    bool ok() const { return m_error.isEmpty(); }
    const QString &error() const { return m_error; }
    const QStringList &positional() const { return m_positional; }
    std::optional<QString> value(const QString &option) const;
    bool flag(const QString &option) const { return m_flags.contains(option); }

private:
    QStringList m_positional;
    QList<QPair<QString, QString>> m_values;
    QStringList m_flags;
    QString m_error;
};

} // namespace el::cli
