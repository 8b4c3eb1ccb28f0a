#include "interchange/JsonTextWriter.h"

#include <QLocale>

namespace el {

void JsonTextWriter::newline()
{
    m_out += '\n';
    m_out.append(m_levels.size() * 2, ' ');
}

void JsonTextWriter::beforeValue()
{
    if (m_afterKey) {
        m_afterKey = false;
        return;
    }
    if (m_levels.isEmpty())
        return;
    Level &level = m_levels.last();
    if (!level.empty)
        m_out += level.compact ? ", " : ",";
    if (!level.compact)
        newline();
    level.empty = false;
}

void JsonTextWriter::beginObject(bool compact)
{
    beforeValue();
    m_out += '{';
    m_levels.append({false, compact, true});
}

void JsonTextWriter::endObject()
{
    const Level level = m_levels.takeLast();
    if (!level.empty && !level.compact)
        newline();
    m_out += '}';
}

void JsonTextWriter::beginArray(bool compact)
{
    beforeValue();
    m_out += '[';
    m_levels.append({true, compact, true});
}

void JsonTextWriter::endArray()
{
    const Level level = m_levels.takeLast();
    if (!level.empty && !level.compact)
        newline();
    m_out += ']';
}

void JsonTextWriter::key(const char *name)
{
    beforeValue();
    writeString(QByteArray(name));
    m_out += ": ";
    m_afterKey = true;
}

void JsonTextWriter::value(const QString &text)
{
    beforeValue();
    writeString(text.toUtf8());
}

void JsonTextWriter::value(double number)
{
    beforeValue();
    // The shortest text that reads back as exactly the same number.
    m_out += QByteArray::number(number, 'g', QLocale::FloatingPointShortest);
}

void JsonTextWriter::value(bool flag)
{
    beforeValue();
    m_out += flag ? "true" : "false";
}

void JsonTextWriter::null()
{
    beforeValue();
    m_out += "null";
}

void JsonTextWriter::writeString(const QByteArray &utf8)
{
    static const char hex[] = "0123456789abcdef";
    m_out += '"';
    for (const char c : utf8) {
        const auto u = static_cast<unsigned char>(c);
        switch (c) {
        case '"':
            m_out += "\\\"";
            break;
        case '\\':
            m_out += "\\\\";
            break;
        case '\n':
            m_out += "\\n";
            break;
        case '\r':
            m_out += "\\r";
            break;
        case '\t':
            m_out += "\\t";
            break;
        default:
            if (u < 0x20) {
                m_out += "\\u00";
                m_out += hex[u >> 4];
                m_out += hex[u & 0xf];
            } else {
                m_out += c;
            }
        }
    }
    m_out += '"';
}

QByteArray JsonTextWriter::finish()
{
    Q_ASSERT(m_levels.isEmpty());
    m_out += '\n';
    return std::move(m_out);
}

} // namespace el
