#pragma once
// Reads the typed fields of one JSON object for the importer, reporting every missing or
// mistyped field with its path. A field that is absent or null counts as not given.
#include "interchange/JsonProblems.h"
#include "storage/ProjectInvariants.h"

#include <QDate>
#include <QJsonArray>
#include <QJsonObject>
#include <optional>

namespace el {

class JsonFields
{
    Q_DECLARE_TR_FUNCTIONS(JsonFields)
public:
    JsonFields(const QJsonObject &object, const JsonPath &path, JsonProblems &problems)
        : m_object(object)
        , m_path(path)
        , m_problems(problems)
    {}

    // Checks that a value is an object; reports it otherwise.
    static std::optional<QJsonObject> object(const QJsonValue &value, const JsonPath &path,
                                             JsonProblems &problems);

    const JsonPath &path() const { return m_path; }
    JsonPath path(const char *key) const { return m_path.key(key); }
    JsonProblems &problems() const { return m_problems; }

    // The longest texts a project may hold (a title or name; a description or note).
    static constexpr qsizetype shortText = ProjectInvariants::shortTextLimit;
    static constexpr qsizetype longText = ProjectInvariants::longTextLimit;
    bool has(const char *key) const;

    // Text that must be given (it may be empty unless nonEmpty is set), at most `limit` long.
    std::optional<QString> requiredString(const char *key, qsizetype limit, bool nonEmpty = false);
    // Text that may be left out: empty when not given.
    QString optionalString(const char *key, qsizetype limit);
    // Text that may be left out: nothing when not given, not text or too long.
    std::optional<QString> optionalText(const char *key, qsizetype limit);
    std::optional<double> optionalNumber(const char *key);
    std::optional<double> requiredNumber(const char *key);
    std::optional<bool> optionalBool(const char *key);
    // A date written YYYY-MM-DD; an invalid QDate when not given.
    QDate optionalDate(const char *key);
    // An empty array when not given.
    QJsonArray optionalArray(const char *key);
    std::optional<QJsonObject> optionalObject(const char *key);
    // A list of short texts.
    QStringList optionalStringList(const char *key, qsizetype maxItems);

    // Reports a problem at one key of this object.
    void report(const char *key, const QString &message) const;
    void reportMissing(const char *key) const;
    void reportType(const char *key, const QJsonValue &value, const QString &expected) const;
    // True when the text fits; reports it otherwise.
    static bool checkLength(const QString &text, qsizetype limit, const JsonPath &path,
                            JsonProblems &problems);

    // Parses YYYY-MM-DD strictly.
    static QDate parseDate(const QString &text);

private:
    // The value at key, or Undefined when absent or null.
    QJsonValue given(const char *key) const;

    QJsonObject m_object;
    JsonPath m_path;
    JsonProblems &m_problems;
};

} // namespace el
