#pragma once
// Writes JSON text in the order the caller chooses (so files read well and diff well), indented,
// with short lists of plain values kept on one line.
#include <QByteArray>
#include <QList>
#include <QString>

namespace el {

class JsonTextWriter
{
public:
    // A compact object or list stays on one line: for short ones of plain values.
    void beginObject(bool compact = false);
    void endObject();
    void beginArray(bool compact = false);
    void endArray();

    // The name of the next value in an object.
    void key(const char *name);
    void value(const QString &text);
    void value(double number);
    void value(bool flag);
    void value(int number) { value(static_cast<double>(number)); }
    void value(const char *) = delete; // would silently become a bool
    void null();

    // Convenience: a key and its value.
    template<class T>
    void field(const char *name, const T &v)
    {
        key(name);
        value(v);
    }

    QByteArray finish();

private:
    struct Level
    {
        bool array = false;
        bool compact = false;
        bool empty = true;
    };
    void beforeValue();
    void newline();
    void writeString(const QByteArray &utf8);

    QByteArray m_out;
    QList<Level> m_levels;
    bool m_afterKey = false;
};

} // namespace el
