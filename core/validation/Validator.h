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

// Models × the eight principles, for the editor's and the report's coverage table.
struct Coverage
{
    QList<ModelId> models;                    // rows, in project order
    QList<std::array<CoverageCell, 8>> cells; // cells[row][principle - 1]
};

struct ValidationResult
{
    // Grouped by model, in project order, each model's sorted by code; project-wide last.
    QList<Diagnostic> diagnostics;
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
