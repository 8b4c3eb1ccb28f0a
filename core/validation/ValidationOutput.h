#pragma once
// The validator's findings written out for the command line and for scripts: one line per finding
// grouped by model, or a JSON object with the findings and the coverage matrix
// (docs/validation.md describes both).
#include "validation/Validator.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QJsonObject>

namespace el {

class ValidationOutput
{
    Q_DECLARE_TR_FUNCTIONS(el::ValidationOutput)
public:
    // "MODEL: severity CODE: message" lines, grouped by model, then a summary line.
    static QString text(const Project &project, const ValidationResult &result);
    // "2 errors, 1 warning, 3 notes (1 waived): validation failed."
    static QString summary(const ValidationResult &result, bool strict);
    static QJsonObject json(const Project &project, const ValidationResult &result, bool strict);

private:
    static QString modelName(const Project &project, ModelId id);
    static QJsonObject diagnosticJson(const Project &project, const Diagnostic &d);
    static QJsonObject coverageJson(const Project &project, const Coverage &coverage);
};

} // namespace el
