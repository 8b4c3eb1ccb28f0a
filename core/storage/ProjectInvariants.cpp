#include "storage/ProjectInvariants.h"

#include "storage/ProjectValues.h"

#include <QCoreApplication>
#include <QLocale>
#include <QSet>
#include <cmath>

namespace el::ProjectInvariants {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("el::ProjectFile", text);
}

// Collects the first problem; later checks are skipped once one is found.
class Checker
{
public:
    bool ok() const { return m_problem.isEmpty(); }
    const QString &problem() const { return m_problem; }

    void text(const QString &value, qsizetype limit, const char *what)
    {
        if (ok() && value.size() > limit)
            m_problem = tr("%1 of %2 characters, longer than the most allowed (%3)")
                            .arg(tr(what), QLocale::system().toString(value.size()),
                                 QLocale::system().toString(limit));
    }
    void shortText(const QString &value, const char *what) { text(value, shortTextLimit, what); }
    void longText(const QString &value, const char *what) { text(value, longTextLimit, what); }
    void finite(double value, const char *what)
    {
        if (ok() && !std::isfinite(value))
            m_problem = tr("%1 that is not a number").arg(tr(what));
    }
    template<class Tag>
    void uniqueId(const Id<Tag> &id, QSet<QUuid> &seen)
    {
        if (!ok())
            return;
        if (id.isNull())
            m_problem = tr("an item without an identifier");
        else if (seen.contains(id.uuid()))
            m_problem = tr("two items with the same identifier (%1)").arg(id.toString());
        else
            seen.insert(id.uuid());
    }
    void fail(const QString &problem)
    {
        if (ok())
            m_problem = problem;
    }

private:
    QString m_problem;
};

void checkIndicator(Checker &c, const Indicator &ind, QSet<QUuid> &ids)
{
    c.uniqueId(ind.id, ids);
    c.shortText(ind.title, QT_TRANSLATE_NOOP("el::ProjectFile", "an indicator title"));
    c.shortText(ind.unit, QT_TRANSLATE_NOOP("el::ProjectFile", "an indicator unit"));
    c.longText(ind.source, QT_TRANSLATE_NOOP("el::ProjectFile", "an indicator source"));
    c.shortText(ind.reference, QT_TRANSLATE_NOOP("el::ProjectFile", "an indicator reference"));
    for (const auto &value : {ind.baseline.value, ind.target.value}) {
        if (value)
            c.finite(*value, QT_TRANSLATE_NOOP("el::ProjectFile", "an indicator value"));
    }
    for (const Measurement &m : ind.measurements) {
        c.finite(m.value, QT_TRANSLATE_NOOP("el::ProjectFile", "a measurement"));
        c.longText(m.note, QT_TRANSLATE_NOOP("el::ProjectFile", "a measurement note"));
    }
    if (ind.disaggregation.size() > 100)
        c.fail(tr("an indicator broken down in more than 100 ways"));
    for (const QString &d : ind.disaggregation)
        c.shortText(d, QT_TRANSLATE_NOOP("el::ProjectFile", "an indicator breakdown"));
}

void checkModel(Checker &c, const ModelData &model, QSet<QUuid> &ids)
{
    c.uniqueId(model.id, ids);
    c.shortText(model.name, QT_TRANSLATE_NOOP("el::ProjectFile", "a model name"));
    c.longText(model.description, QT_TRANSLATE_NOOP("el::ProjectFile", "a model description"));
    c.shortText(model.owner, QT_TRANSLATE_NOOP("el::ProjectFile", "a model owner"));
    QSet<NodeId> nodes;
    nodes.reserve(model.nodes.size());
    for (const Node &n : model.nodes) {
        c.uniqueId(n.id, ids);
        nodes.insert(n.id);
        c.shortText(n.title, QT_TRANSLATE_NOOP("el::ProjectFile", "a node title"));
        c.longText(n.description, QT_TRANSLATE_NOOP("el::ProjectFile", "a node description"));
        c.longText(n.population, QT_TRANSLATE_NOOP("el::ProjectFile", "a node population"));
        c.shortText(n.group, QT_TRANSLATE_NOOP("el::ProjectFile", "a node group"));
        c.finite(n.pos.x(), QT_TRANSLATE_NOOP("el::ProjectFile", "a node position"));
        c.finite(n.pos.y(), QT_TRANSLATE_NOOP("el::ProjectFile", "a node position"));
        for (const Indicator &ind : n.indicators)
            checkIndicator(c, ind, ids);
        if (!c.ok())
            return;
    }
    for (const Link &l : model.links) {
        c.uniqueId(l.id, ids);
        c.longText(l.rationale, QT_TRANSLATE_NOOP("el::ProjectFile", "a link rationale"));
        if (!nodes.contains(l.from) || !nodes.contains(l.to))
            c.fail(tr("a link to a node outside its model \"%1\"").arg(model.name));
        else if (l.from == l.to)
            c.fail(tr("a link from a node to itself in the model \"%1\"").arg(model.name));
        if (!c.ok())
            return;
    }
}

} // namespace

Result<> check(const ProjectValues &values)
{
    Checker c;
    c.shortText(values.meta.title, QT_TRANSLATE_NOOP("el::ProjectFile", "a project title"));
    c.shortText(values.meta.place, QT_TRANSLATE_NOOP("el::ProjectFile", "a place name"));
    c.longText(values.meta.description,
               QT_TRANSLATE_NOOP("el::ProjectFile", "a project description"));
    QSet<QUuid> ids;
    QSet<ModelId> models;
    for (const ModelData &model : values.models) {
        checkModel(c, model, ids);
        models.insert(model.id);
    }
    for (const Waiver &w : values.waivers) {
        if (!w.model.isNull() && !models.contains(w.model))
            c.fail(tr("an accepted finding for a model that is not in the project"));
        c.shortText(w.code, QT_TRANSLATE_NOOP("el::ProjectFile", "a finding code"));
        c.shortText(w.subject, QT_TRANSLATE_NOOP("el::ProjectFile", "a finding subject"));
        c.longText(w.justification,
                   QT_TRANSLATE_NOOP("el::ProjectFile", "a reason for accepting a finding"));
    }
    if (!c.ok())
        return failure(c.problem());
    return {};
}

} // namespace el::ProjectInvariants
