#pragma once
// Matches the project's waivers against the findings of one validation: marks each finding a
// waiver covers, and remembers which waivers covered something, so that the others can be
// reported as stale (EL701). Linear: one hash probe per finding whose model and code are waived
// at all (only those need their key built), and one pass over the waivers.
#include "validation/Diagnostic.h"

#include <QHash>
#include <QSet>

namespace el {

class WaiverMatcher
{
public:
    // The list must outlive the matcher.
    explicit WaiverMatcher(const QList<Waiver> &waivers);

    // Marks each finding a waiver covers (same model, code and key) as waived, with the
    // justification (of the last such waiver, if the list holds the same one twice).
    void apply(QList<Diagnostic> &diagnostics);
    // The waivers for one model (null: the project-wide ones) that covered none of the findings
    // applied so far, each once, in the project's order.
    QList<const Waiver *> unmatched(ModelId model) const;
    // The waivers for models other than these (models no longer in the project), in order.
    QList<const Waiver *> unmatchedElsewhere(const QSet<QUuid> &models) const;

private:
    struct Key
    {
        QUuid model;
        QString code;
        QString subject;
        friend bool operator==(const Key &, const Key &) = default;
        friend size_t qHash(const Key &k, size_t seed = 0)
        {
            return qHashMulti(seed, k.model, k.code, k.subject);
        }
    };
    struct Entry
    {
        qsizetype first = 0; // the first and last waiver with this key
        qsizetype last = 0;
        bool used = false;
    };
    static Key keyOf(const Waiver &w) { return Key{w.model.uuid(), w.code, w.subject}; }
    // Whether waiver `i` covered nothing and is the first of its key.
    bool isStale(qsizetype i) const;

    const QList<Waiver> &m_waivers;
    QSet<QString> m_codes;
    QSet<QUuid> m_models;
    QHash<Key, Entry> m_entries;
    QHash<QUuid, QList<qsizetype>> m_byModel; // positions in the list, in order
};

} // namespace el
