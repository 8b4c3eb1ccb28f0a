#include "validation/MessageTemplate.h"

#include <algorithm>

namespace el {

MessageTemplate::MessageTemplate(QString text)
    : m_text(std::move(text))
{
    // Placeholders as QString::arg reads them: '%', an optional 'L', then one or two digits.
    std::vector<int> numbers;
    std::vector<std::pair<Piece, int>> found; // each placeholder with its number
    qsizetype literalFrom = 0;
    const qsizetype n = m_text.size();
    for (qsizetype i = 0; i < n; ++i) {
        if (m_text[i] != QLatin1Char('%'))
            continue;
        qsizetype j = i + 1;
        if (j < n && m_text[j] == QLatin1Char('L'))
            ++j;
        if (j >= n || !m_text[j].isDigit())
            continue;
        int number = m_text[j].digitValue();
        ++j;
        if (j < n && m_text[j].isDigit()) {
            number = number * 10 + m_text[j].digitValue();
            ++j;
        }
        if (number < 1)
            continue;
        if (i > literalFrom)
            m_pieces.push_back({literalFrom, i - literalFrom, -1});
        m_pieces.push_back({i, j - i, number}); // the number, ranked below
        numbers.push_back(number);
        literalFrom = j;
        i = j - 1;
    }
    if (literalFrom < n)
        m_pieces.push_back({literalFrom, n - literalFrom, -1});
    std::sort(numbers.begin(), numbers.end());
    numbers.erase(std::unique(numbers.begin(), numbers.end()), numbers.end());
    for (Piece &p : m_pieces) {
        if (p.rank >= 0)
            p.rank = static_cast<int>(std::lower_bound(numbers.begin(), numbers.end(), p.rank)
                                      - numbers.begin());
    }
}

void MessageTemplate::appendTo(QString &out, std::initializer_list<QStringView> args) const
{
    const qsizetype count = static_cast<qsizetype>(args.size());
    const QStringView *arg = args.begin();
    for (const Piece &p : m_pieces) {
        out.append(p.rank >= 0 && p.rank < count ? arg[p.rank]
                                                 : QStringView(m_text).sliced(p.from, p.size));
    }
}

QString MessageTemplate::fill(std::initializer_list<QStringView> args) const
{
    const qsizetype count = static_cast<qsizetype>(args.size());
    const QStringView *arg = args.begin();
    auto piece = [&](const Piece &p) {
        return p.rank >= 0 && p.rank < count ? arg[p.rank]
                                             : QStringView(m_text).sliced(p.from, p.size);
    };
    qsizetype size = 0;
    for (const Piece &p : m_pieces)
        size += piece(p).size();
    QString out;
    out.reserve(size);
    for (const Piece &p : m_pieces)
        out.append(piece(p));
    return out;
}

} // namespace el
