#pragma once
// Sets the default locale for the rest of a test, and puts the previous one back at its end, also
// when a check fails.
#include <QLocale>

namespace el::test {

class DefaultLocale
{
public:
    explicit DefaultLocale(const QLocale &use) { QLocale::setDefault(use); }
    ~DefaultLocale() { QLocale::setDefault(m_saved); }
    DefaultLocale(const DefaultLocale &) = delete;
    DefaultLocale &operator=(const DefaultLocale &) = delete;

private:
    QLocale m_saved;
};

} // namespace el::test
