#pragma once
// Collects the problems found in an imported JSON document, each with the JSON path where it was
// found (for example models[0].nodes[3].kind), and turns them into one message for a person.
#include <QCoreApplication>
#include <QString>
#include <QStringList>
#include <QVarLengthArray>

namespace el {

// A position in a JSON document, kept as a few small segments while reading; turned into text
// only when a problem is reported, so reading a large valid file costs little extra.
class JsonPath
{
public:
    JsonPath() = default;

    JsonPath key(const char *name) const
    {
        JsonPath p = *this;
        p.m_segments.append({name, -1});
        return p;
    }
    JsonPath index(qsizetype i) const
    {
        JsonPath p = *this;
        p.m_segments.append({nullptr, i});
        return p;
    }
    QString toString() const;

private:
    struct Segment
    {
        const char *key;
        qsizetype index;
    };
    QVarLengthArray<Segment, 6> m_segments;
};

class JsonProblems
{
    Q_DECLARE_TR_FUNCTIONS(JsonProblems)
public:
    // Only the first problems are listed: after that, more would only bury the first ones.
    static constexpr int limit = 10;

    void add(const JsonPath &path, const QString &message);
    // A problem with the document as a whole (malformed JSON, wrong format, newer version).
    void addGeneral(const QString &message);

    bool isEmpty() const { return m_lines.isEmpty() && m_general.isEmpty(); }
    // True once a problem beyond the limit was found: reading can stop there.
    bool isFull() const { return m_truncated; }
    qsizetype count() const { return m_lines.size(); }
    const QStringList &lines() const { return m_lines; }

    // The message for a person: what is wrong, where, and that nothing was imported.
    QString report() const;

private:
    QStringList m_lines;
    QString m_general;
    bool m_truncated = false;
};

// How a JSON value's type is named in messages ("text", "a number", ...).
QString jsonTypeName(int qjsonValueType);

} // namespace el
