#include "validation/Validator.h"

#include "validation/CoverageMatrix.h"
#include "validation/EquityRules.h"
#include "validation/HousekeepingRules.h"
#include "validation/MeasurabilityRules.h"
#include "validation/PrincipleRules.h"
#include "validation/StructureRules.h"
#include "validation/WaiverMatcher.h"
#include "validation/WordingRules.h"

#include <algorithm>
#include <numeric>

namespace el {

int ValidationResult::count(Severity severity, bool includeWaived) const
{
    int n = 0;
    for (const Diagnostic &d : diagnostics) {
        if (d.severity == severity && (includeWaived || !d.waived))
            ++n;
    }
    return n;
}

bool ValidationResult::passes(bool strict) const
{
    return count(Severity::Error) == 0 && (!strict || count(Severity::Warning) == 0);
}

namespace {
// Every rule family over one model; the graph and the chain passes are built once and shared.
QList<Diagnostic> checkModel(const LogicModel &model, std::array<CoverageCell, 8> *row)
{
    QList<Diagnostic> out;
    const GraphIndex graph(model);
    const ChainAnalysis chains(graph);
    RuleContext ctx(graph, chains, out);
    StructureRules::run(ctx);
    PrincipleRules::run(ctx);
    MeasurabilityRules::run(ctx);
    EquityRules::run(ctx);
    WordingRules::run(ctx);
    if (row)
        *row = CoverageMatrix::row(chains);
    // Read by rule: structure first, then principles, measurability, equity and wording. The
    // rules mostly add in that order already; otherwise sort positions, then move each finding
    // once (a finding is large, and a model may draw tens of thousands).
    const auto byCode = [](const Diagnostic &a, const Diagnostic &b) {
        return a.code < b.code;
    };
    if (std::is_sorted(out.cbegin(), out.cend(), byCode))
        return out;
    std::vector<qsizetype> order(static_cast<size_t>(out.size()));
    std::iota(order.begin(), order.end(), qsizetype(0));
    std::stable_sort(order.begin(), order.end(), [&](qsizetype a, qsizetype b) {
        return byCode(std::as_const(out)[a], std::as_const(out)[b]);
    });
    QList<Diagnostic> sorted;
    sorted.reserve(out.size());
    for (qsizetype i : order)
        sorted.append(std::move(out[i]));
    return sorted;
}

// Marks the findings the waivers cover, then adds one EL701 for each waiver of the model (or of
// the project, for `model` null) that covers none; EL7xx sorts last, so the order by code holds.
void applyWaivers(WaiverMatcher &waivers, const LogicModel *model, QList<Diagnostic> &found)
{
    waivers.apply(found);
    HousekeepingRules::checkStaleWaivers(waivers.unmatched(model ? model->id() : ModelId()), model,
                                         false, found);
}
} // namespace

namespace Validator {

ValidationResult validate(const Project &project)
{
    ValidationResult result;
    WaiverMatcher waivers(project.waivers());
    QSet<QUuid> models;
    for (const LogicModel *model : project.models()) {
        std::array<CoverageCell, 8> row{};
        QList<Diagnostic> found = checkModel(*model, &row);
        applyWaivers(waivers, model, found);
        if (result.diagnostics.isEmpty())
            result.diagnostics = std::move(found);
        else
            result.diagnostics << std::move(found);
        result.coverage.models << model->id();
        result.coverage.cells << row;
        models.insert(model->id().uuid());
    }
    QList<Diagnostic> projectWide;
    CoverageMatrix::checkProject(result.coverage, projectWide);
    applyWaivers(waivers, nullptr, projectWide);
    // Removing a model removes its waivers (RemoveModelCommand), and files and JSON with a waiver
    // for an unknown model are refused, so this finds none; if one ever slips through, it is
    // reported rather than kept unseen.
    HousekeepingRules::checkStaleWaivers(waivers.unmatchedElsewhere(models), nullptr, true,
                                         projectWide);
    result.diagnostics << std::move(projectWide);
    return result;
}

QList<Diagnostic> validateModel(const Project &project, const LogicModel &model)
{
    QList<Diagnostic> out = checkModel(model, nullptr);
    WaiverMatcher waivers(project.waivers());
    applyWaivers(waivers, &model, out);
    return out;
}

} // namespace Validator
} // namespace el
