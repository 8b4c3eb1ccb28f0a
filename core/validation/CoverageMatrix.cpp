#include "validation/CoverageMatrix.h"

#include "validation/PrincipleRules.h"
#include "validation/Saturating.h"

namespace el {

std::array<CoverageCell, 8> CoverageMatrix::row(const ChainAnalysis &chains)
{
    const GraphIndex &g = chains.graph();
    std::array<CoverageCell, 8> cells{};
    const auto n = static_cast<size_t>(g.nodeCount());
    // serving[v * 8 + p]: chain beginnings leading to v along which principle p + 1 is served.
    std::vector<std::uint64_t> serving(n * 8, 0);
    for (int v : g.order()) {
        if (isAnnotation(g.kind(v)) || chains.fromStarts(v) == 0)
            continue;
        std::uint64_t *mine = &serving[static_cast<size_t>(v) * 8];
        for (int p : g.predecessors(v)) {
            const std::uint64_t *theirs = &serving[static_cast<size_t>(p) * 8];
            for (size_t i = 0; i < 8; ++i)
                mine[i] = saturating::add(mine[i], theirs[i]);
        }
        const std::uint8_t own = isOutcomeOrImpact(g.kind(v)) ? chains.principles(v) : 0;
        for (size_t i = 0; i < 8; ++i) {
            if (own & (1u << i))
                mine[i] = chains.fromStarts(v);
        }
        if (chains.isEnd(v)) {
            for (size_t i = 0; i < 8; ++i)
                cells[i].chains = saturating::add(cells[i].chains, mine[i]);
        }
    }
    for (const Node &node : g.model().nodes()) {
        if (node.indicators.isEmpty())
            continue;
        for (int p : node.principles.numbers())
            cells[static_cast<size_t>(p - 1)].indicators
                += static_cast<int>(node.indicators.size());
    }
    return cells;
}

void CoverageMatrix::checkProject(const Coverage &coverage, QList<Diagnostic> &out)
{
    if (coverage.models.isEmpty())
        return;
    PrincipleSet served;
    for (const auto &cells : coverage.cells) {
        for (int p = 1; p <= 8; ++p) {
            if (cells[static_cast<size_t>(p - 1)].chains > 0)
                served.insert(p);
        }
    }
    if (served.isEmpty()) {
        Diagnostic d;
        d.code = QStringLiteral("EL602");
        d.severity = Severity::Warning;
        d.message = tr("No chain in this project serves any of the eight Marmot principles.");
        d.hint = tr("Tick, on each outcome, the principles it serves; the coverage table then "
                    "shows which principles the project covers.");
        out << d;
        return;
    }
    for (int p = 1; p <= 8; ++p) {
        if (served.contains(p))
            continue;
        Diagnostic d;
        d.code = QStringLiteral("EL601");
        d.severity = Severity::Warning;
        d.principle = p;
        d.message = tr("No chain in this project serves %1.").arg(PrincipleRules::principleText(p));
        d.hint = tr("If the project means to address it, add the outcome that serves it and the "
                    "chain that leads there; if not, accept this finding and say why.");
        out << d;
    }
}

} // namespace el
