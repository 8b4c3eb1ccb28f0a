#include "validation/ValidationOutput.h"

#include "principles/PrincipleCatalogue.h"

#include <QJsonArray>

namespace el {

QString ValidationOutput::modelName(const Project &project, ModelId id)
{
    if (id.isNull())
        return tr("Project");
    const LogicModel *model = project.model(id);
    return model ? model->name() : id.toString();
}

QString ValidationOutput::text(const Project &project, const ValidationResult &result)
{
    QString out;
    for (const Diagnostic &d : result.diagnostics) {
        out += QStringLiteral("%1: %2 %3: %4")
                   .arg(modelName(project, d.model), severityKey(d.severity), d.code, d.message);
        if (d.waived)
            out += tr(" [accepted: %1]").arg(d.justification);
        out += QLatin1Char('\n');
    }
    return out;
}

QString ValidationOutput::summary(const ValidationResult &result, bool strict)
{
    const auto plural = [](int n, const QString &one, const QString &many) {
        return n == 1 ? one : many.arg(n);
    };
    int waived = 0;
    for (const Diagnostic &d : result.diagnostics)
        waived += d.waived ? 1 : 0;
    QString s
        = tr("%1, %2, %3")
              .arg(plural(result.count(Severity::Error), tr("1 error"), tr("%1 errors")),
                   plural(result.count(Severity::Warning), tr("1 warning"), tr("%1 warnings")),
                   plural(result.count(Severity::Info), tr("1 note"), tr("%1 notes")));
    if (waived > 0)
        s += tr(" (and %1 accepted)").arg(waived);
    s += result.passes(strict) ? tr(": validation passed.") : tr(": validation failed.");
    return s;
}

QJsonObject ValidationOutput::diagnosticJson(const Project &project, const Diagnostic &d)
{
    const LogicModel *model = d.model.isNull() ? nullptr : project.model(d.model);
    const auto nodeJson = [model](NodeId id) {
        QJsonObject o{{QStringLiteral("id"), id.toString()}};
        if (const Node *n = model ? model->node(id) : nullptr) {
            o.insert(QStringLiteral("title"), n->title);
            o.insert(QStringLiteral("kind"), nodeKindKey(n->kind));
        }
        return o;
    };
    QJsonArray nodes, links, chain;
    for (NodeId id : d.nodes)
        nodes << nodeJson(id);
    for (NodeId id : d.chain)
        chain << nodeJson(id);
    for (LinkId id : d.links) {
        QJsonObject o{{QStringLiteral("id"), id.toString()}};
        if (const Link *l = model ? model->link(id) : nullptr) {
            o.insert(QStringLiteral("from"), l->from.toString());
            o.insert(QStringLiteral("to"), l->to.toString());
        }
        links << o;
    }
    QJsonObject o{
        {QStringLiteral("code"), d.code},
        {QStringLiteral("severity"), severityKey(d.severity)},
        {QStringLiteral("message"), d.message},
        {QStringLiteral("hint"), d.hint},
        {QStringLiteral("model"),
         d.model.isNull() ? QJsonValue() : QJsonValue(modelName(project, d.model))},
        {QStringLiteral("model_id"),
         d.model.isNull() ? QJsonValue() : QJsonValue(d.model.toString())},
        {QStringLiteral("key"), d.key()},
        {QStringLiteral("nodes"), nodes},
        {QStringLiteral("links"), links},
        {QStringLiteral("chain"), chain},
        // A JSON number is a double: exact up to 2^53, approximate beyond.
        {QStringLiteral("chain_count"), static_cast<double>(d.chainCount)},
        {QStringLiteral("chain_count_saturated"), d.chainCountSaturated()},
        {QStringLiteral("waived"), d.waived},
        {QStringLiteral("justification"), d.waived ? QJsonValue(d.justification) : QJsonValue()},
    };
    if (d.principle != 0)
        o.insert(QStringLiteral("principle"), d.principle);
    if (!d.indicator.isNull())
        o.insert(QStringLiteral("indicator"), d.indicator.toString());
    if (const Waiver *w = d.staleWaiver.get()) {
        o.insert(QStringLiteral("stale_waiver"),
                 QJsonObject{{QStringLiteral("model_id"),
                              w->model.isNull() ? QJsonValue() : QJsonValue(w->model.toString())},
                             {QStringLiteral("code"), w->code},
                             {QStringLiteral("subject"), w->subject},
                             {QStringLiteral("justification"), w->justification}});
    }
    return o;
}

QJsonObject ValidationOutput::coverageJson(const Project &project, const Coverage &coverage)
{
    QJsonArray principles;
    for (int p = 1; p <= PrincipleCatalogue::count; ++p) {
        const Principle &principle = PrincipleCatalogue::principle(p);
        principles << QJsonObject{{QStringLiteral("number"), p},
                                  {QStringLiteral("label"), principle.shortLabel},
                                  {QStringLiteral("wording"), principle.wording}};
    }
    QJsonArray rows;
    for (qsizetype r = 0; r < coverage.models.size(); ++r) {
        QJsonArray cells;
        for (size_t i = 0; i < 8; ++i) {
            const CoverageCell &cell = coverage.cells[r][i];
            cells << QJsonObject{{QStringLiteral("principle"), static_cast<int>(i) + 1},
                                 {QStringLiteral("chains"), static_cast<double>(cell.chains)},
                                 {QStringLiteral("indicators"), cell.indicators}};
        }
        rows << QJsonObject{{QStringLiteral("model"), modelName(project, coverage.models[r])},
                            {QStringLiteral("model_id"), coverage.models[r].toString()},
                            {QStringLiteral("cells"), cells}};
    }
    return QJsonObject{{QStringLiteral("principles"), principles},
                       {QStringLiteral("models"), rows}};
}

QJsonObject ValidationOutput::json(const Project &project, const ValidationResult &result,
                                   bool strict)
{
    QJsonArray diagnostics;
    int waived = 0;
    for (const Diagnostic &d : result.diagnostics) {
        diagnostics << diagnosticJson(project, d);
        waived += d.waived ? 1 : 0;
    }
    const QJsonObject summary{
        {QStringLiteral("errors"), result.count(Severity::Error)},
        {QStringLiteral("warnings"), result.count(Severity::Warning)},
        {QStringLiteral("info"), result.count(Severity::Info)},
        {QStringLiteral("waived"), waived},
        {QStringLiteral("strict"), strict},
        {QStringLiteral("passes"), result.passes(strict)},
    };
    return QJsonObject{{QStringLiteral("project"), project.title()},
                       {QStringLiteral("summary"), summary},
                       {QStringLiteral("diagnostics"), diagnostics},
                       {QStringLiteral("coverage"), coverageJson(project, result.coverage)}};
}

} // namespace el
