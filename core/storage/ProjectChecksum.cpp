#include "storage/ProjectChecksum.h"

#include "storage/ProjectValues.h"

#include <QCryptographicHash>
#include <QtEndian>
#include <bit>
#include <cmath>

namespace el::ProjectChecksum {

namespace {

// Appends values in one fixed, unambiguous form: numbers little-endian, texts as their UTF-8
// length and bytes, ids as their 16 bytes, absent values marked by a zero byte.
class CanonicalBytes
{
public:
    void integer(qint64 v)
    {
        char b[8];
        qToLittleEndian(v, b);
        m_bytes.append(b, 8);
    }
    void number(double v)
    {
        // -0.0 and 0.0 are the same position; SQLite may store either as the integer 0.
        if (v == 0.0)
            v = 0.0;
        integer(std::bit_cast<qint64>(v));
    }
    void flag(bool v) { m_bytes.append(v ? '\1' : '\0'); }
    void text(const QString &s)
    {
        const QByteArray utf8 = s.toUtf8();
        integer(utf8.size());
        m_bytes.append(utf8);
    }
    template<class Tag>
    void id(const Id<Tag> &v)
    {
        m_bytes.append(v.uuid().toRfc4122());
    }
    void date(const QDate &d)
    {
        flag(d.isValid());
        if (d.isValid())
            integer(d.toJulianDay());
    }
    void optionalNumber(const std::optional<double> &v)
    {
        flag(v.has_value());
        if (v)
            number(*v);
    }
    const QByteArray &bytes() const { return m_bytes; }

private:
    QByteArray m_bytes;
};

void addIndicator(CanonicalBytes &c, const Indicator &ind)
{
    c.id(ind.id);
    c.text(ind.title);
    c.integer(static_cast<qint64>(ind.measure));
    c.text(ind.unit);
    c.flag(ind.higherIsBetter);
    c.text(ind.source);
    c.text(ind.reference);
    c.optionalNumber(ind.baseline.value);
    c.date(ind.baseline.date);
    c.optionalNumber(ind.target.value);
    c.date(ind.target.date);
    c.integer(ind.measurements.size());
    for (const Measurement &m : ind.measurements) {
        c.date(m.date);
        c.number(m.value);
        c.text(m.note);
    }
    c.integer(ind.disaggregation.size());
    for (const QString &d : ind.disaggregation)
        c.text(d);
}

void addModel(CanonicalBytes &c, const ModelData &model)
{
    c.id(model.id);
    c.text(model.name);
    c.text(model.description);
    c.text(model.owner);
    c.integer(model.nodes.size());
    for (const Node &n : model.nodes) {
        c.id(n.id);
        c.integer(static_cast<qint64>(n.kind));
        c.text(n.title);
        c.text(n.description);
        c.text(n.population);
        c.integer(n.principles.bits());
        c.text(n.group);
        c.number(n.pos.x());
        c.number(n.pos.y());
        c.integer(n.indicators.size());
        for (const Indicator &ind : n.indicators)
            addIndicator(c, ind);
    }
    c.integer(model.links.size());
    for (const Link &l : model.links) {
        c.id(l.id);
        c.id(l.from);
        c.id(l.to);
        c.text(l.rationale);
        c.integer(static_cast<qint64>(l.strength));
    }
}

} // namespace

QByteArray of(const ProjectValues &values)
{
    CanonicalBytes c;
    c.text(QStringLiteral("equitylogic-canonical-1"));
    c.text(values.meta.title);
    c.text(values.meta.place);
    c.text(values.meta.description);
    c.integer(values.models.size());
    for (const ModelData &model : values.models)
        addModel(c, model);
    c.integer(values.waivers.size());
    for (const Waiver &w : values.waivers) {
        c.flag(!w.model.isNull());
        if (!w.model.isNull())
            c.id(w.model);
        c.text(w.code);
        c.text(w.subject);
        c.text(w.justification);
    }
    return QCryptographicHash::hash(c.bytes(), QCryptographicHash::Sha256).toHex();
}

} // namespace el::ProjectChecksum
