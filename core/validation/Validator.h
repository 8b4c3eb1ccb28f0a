#pragma once
// Checks every chain of every model against the structure of a logic model and the eight Marmot
// principles, in time linear in nodes plus links (chains are never enumerated).
#include "model/Project.h"
#include "validation/Diagnostic.h"

#include <array>

namespace el {

struct CoverageCell
{
    quint64 chains = 0; // chains serving the principle (saturating)
    int indicators = 0; // indicators on nodes serving the principle
};

struct Coverage
{
    QList<ModelId> models;                    // rows, in project order
    QList<std::array<CoverageCell, 8>> cells; // cells[row][principle - 1]
};

struct ValidationResult
{
    QList<Diagnostic> diagnostics; // grouped by model, in project order; project-wide last
    Coverage coverage;

    int count(Severity severity, bool includeWaived = false) const;
    // No unwaived errors (and, when strict, no unwaived warnings).
    bool passes(bool strict = false) const;
};

namespace Validator {

ValidationResult validate(const Project &project);
// One model's findings, with waivers from the project applied.
QList<Diagnostic> validateModel(const Project &project, const LogicModel &model);

} // namespace Validator
} // namespace el
