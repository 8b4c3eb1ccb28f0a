#include "validation/Waivers.h"

namespace el::Waivers {

bool matches(const Waiver &waiver, const Diagnostic &diagnostic)
{
    return waiver.model == diagnostic.model && waiver.code == diagnostic.code
           && waiver.subject == diagnostic.key();
}

bool canWaive(const Diagnostic &diagnostic)
{
    return !diagnostic.staleWaiver && diagnostic.code != QLatin1String("EL701");
}

Waiver waiverFor(const Diagnostic &diagnostic, const QString &justification)
{
    return Waiver{diagnostic.model, diagnostic.code, diagnostic.key(), justification.trimmed()};
}

QList<Waiver> withWaiver(const QList<Waiver> &current, const Diagnostic &diagnostic,
                         const QString &justification)
{
    if (!canWaive(diagnostic))
        return current;
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

QList<Waiver> withoutStaleWaiver(const QList<Waiver> &current, const Diagnostic &diagnostic)
{
    QList<Waiver> out = current;
    if (const Waiver *stale = diagnostic.staleWaiver.get()) {
        out.removeIf([stale](const Waiver &w) {
            return w.model == stale->model && w.code == stale->code && w.subject == stale->subject;
        });
    }
    return out;
}

} // namespace el::Waivers
