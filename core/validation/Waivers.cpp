#include "validation/Waivers.h"

#include <QHash>
#include <QSet>

namespace el::Waivers {

bool matches(const Waiver &waiver, const Diagnostic &diagnostic)
{
    return waiver.model == diagnostic.model && waiver.code == diagnostic.code
           && waiver.subject == diagnostic.key();
}

Waiver waiverFor(const Diagnostic &diagnostic, const QString &justification)
{
    return Waiver{diagnostic.model, diagnostic.code, diagnostic.key(), justification.trimmed()};
}

QList<Waiver> withWaiver(const QList<Waiver> &current, const Diagnostic &diagnostic,
                         const QString &justification)
{
    QList<Waiver> out = withoutWaiver(current, diagnostic);
    out << waiverFor(diagnostic, justification);
    return out;
}

QList<Waiver> withoutWaiver(const QList<Waiver> &current, const Diagnostic &diagnostic)
{
    QList<Waiver> out;
    out.reserve(current.size());
    for (const Waiver &w : current) {
        if (!matches(w, diagnostic))
            out << w;
    }
    return out;
}

void apply(const QList<Waiver> &waivers, QList<Diagnostic> &diagnostics)
{
    if (waivers.isEmpty())
        return;
    // Keys cost a little to build: only findings whose model and code are waived somewhere need
    // one.
    QSet<QString> codes;
    QSet<QUuid> models;
    QHash<QString, const Waiver *> bySubject;
    for (const Waiver &w : waivers) {
        codes.insert(w.code);
        models.insert(w.model.uuid());
        bySubject.insert(w.model.toString() + QLatin1Char('/') + w.subject, &w);
    }
    for (Diagnostic &d : diagnostics) {
        if (!codes.contains(d.code) || !models.contains(d.model.uuid()))
            continue;
        const Waiver *w = bySubject.value(d.model.toString() + QLatin1Char('/') + d.key());
        if (!w)
            continue;
        d.waived = true;
        d.justification = w->justification;
    }
}

} // namespace el::Waivers
