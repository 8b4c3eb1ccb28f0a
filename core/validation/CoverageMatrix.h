#pragma once
// The project's coverage of the eight principles (models × principles: chains and indicators
// serving each), and the project-wide findings drawn from it (EL6xx).
#include "validation/ChainAnalysis.h"
#include "validation/Validator.h"

#include <QCoreApplication>

namespace el {

class CoverageMatrix
{
    Q_DECLARE_TR_FUNCTIONS(el::CoverageMatrix)
public:
    // One row: for each principle, the chains whose outcomes or impacts serve it (one forward
    // pass with eight saturating counts per node) and the indicators on cards that claim it.
    static std::array<CoverageCell, 8> row(const ChainAnalysis &chains);
    // Principles that no chain in the project serves.
    static void checkProject(const Coverage &coverage, QList<Diagnostic> &out);
};

} // namespace el
