#include "validation/WaiverMatcher.h"

namespace el {

WaiverMatcher::WaiverMatcher(const QList<Waiver> &waivers)
    : m_waivers(waivers)
{
    for (qsizetype i = 0; i < waivers.size(); ++i) {
        const Waiver &w = waivers[i];
        m_codes.insert(w.code);
        m_models.insert(w.model.uuid());
        m_byModel[w.model.uuid()] << i;
        const Key key = keyOf(w);
        if (const auto it = m_entries.find(key); it != m_entries.end())
            it->last = i;
        else
            m_entries.insert(key, Entry{i, i, false});
    }
}

void WaiverMatcher::apply(QList<Diagnostic> &diagnostics)
{
    if (m_waivers.isEmpty())
        return;
    for (Diagnostic &d : diagnostics) {
        // Keys cost a little to build: only findings whose model and code are waived somewhere
        // need one.
        if (!m_codes.contains(d.code) || !m_models.contains(d.model.uuid()))
            continue;
        const auto it = m_entries.find(Key{d.model.uuid(), d.code, d.key()});
        if (it == m_entries.end())
            continue;
        it->used = true;
        d.waived = true;
        d.justification = m_waivers[it->last].justification;
    }
}

bool WaiverMatcher::isStale(qsizetype i) const
{
    const Entry &e = m_entries.find(keyOf(m_waivers[i])).value();
    return !e.used && e.first == i;
}

QList<const Waiver *> WaiverMatcher::unmatched(ModelId model) const
{
    QList<const Waiver *> out;
    const auto it = m_byModel.constFind(model.uuid());
    if (it == m_byModel.cend())
        return out;
    for (qsizetype i : *it) {
        if (isStale(i))
            out << &m_waivers[i];
    }
    return out;
}

QList<const Waiver *> WaiverMatcher::unmatchedElsewhere(const QSet<QUuid> &models) const
{
    QList<const Waiver *> out;
    for (qsizetype i = 0; i < m_waivers.size(); ++i) {
        const QUuid model = m_waivers[i].model.uuid();
        if (!model.isNull() && !models.contains(model) && isStale(i))
            out << &m_waivers[i];
    }
    return out;
}

} // namespace el
