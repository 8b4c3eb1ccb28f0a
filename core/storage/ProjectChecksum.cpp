#include "storage/ProjectChecksum.h"

#include "storage/ProjectValues.h"
#include "storage/UuidBytes.h"
#include "util/Sha256.h"

#include <QStringEncoder>
#include <QtEndian>
#include <bit>
#include <cmath>
#include <string>

namespace el::ProjectChecksum {

namespace {

// Appends values in one fixed, unambiguous form: integers as variable-length numbers, reals as
// their 8 bytes little-endian, texts as their UTF-8 length and bytes, ids as their 16 bytes,
// absent values marked by a zero byte.
class CanonicalBytes
{
public:
    void integer(qint64 v)
    {
        // Zigzag, then seven bits a byte, low first: small counts and lengths take one byte.
        quint64 u = (static_cast<quint64>(v) << 1) ^ static_cast<quint64>(v >> 63);
        char b[10];
        int n = 0;
        do {
            b[n++] = static_cast<char>((u & 0x7F) | (u > 0x7F ? 0x80 : 0));
            u >>= 7;
        } while (u);
        m_bytes.append(b, static_cast<size_t>(n));
    }
    void number(double v)
    {
        // -0.0 and 0.0 are the same position; SQLite may store either as the integer 0.
        if (v == 0.0)
            v = 0.0;
        char b[8];
        qToLittleEndian(std::bit_cast<quint64>(v), b);
        m_bytes.append(b, 8);
    }
    void flag(bool v) { m_bytes.push_back(v ? '\1' : '\0'); }
    void reserve(size_t size) { m_bytes.reserve(size); }
    void text(const QString &s)
    {
        // Encoded into a reused buffer, then its length and bytes: no allocation per text.
        m_utf8.resize(m_encoder.requiredSpace(s.size()));
        const char *end = m_encoder.appendToBuffer(m_utf8.data(), s);
        const qsizetype length = end - m_utf8.constData();
        integer(length);
        m_bytes.append(m_utf8.constData(), static_cast<size_t>(length));
    }
    template<class Tag>
    void id(const Id<Tag> &v)
    {
        char b[16];
        writeUuidBytes(v.uuid(), b);
        m_bytes.append(b, 16);
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
    QByteArrayView bytes() const
    {
        return QByteArrayView(m_bytes.data(), qsizetype(m_bytes.size()));
    }

private:
    std::string m_bytes; // std::string appends inline; QByteArray's calls out per append
    QByteArray m_utf8;
    QStringEncoder m_encoder{QStringEncoder::Utf8, QStringEncoder::Flag::Stateless};
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
    c.reserve(1 << 20);
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
    return Sha256::of(c.bytes()).toHex();
}

} // namespace el::ProjectChecksum
