#include "principles/PrincipleCatalogue.h"

#include <QCoreApplication>
#include <array>

namespace el::PrincipleCatalogue {

namespace {
struct Entry
{
    const char *wording;
    const char *shortLabel;
    quint32 rgba;
};

// Wording: Institute of Health Equity, Marmot Places; principles 1-6 from Fair Society, Healthy
// Lives (2010), 7 and 8 added by the IHE around 2021-22. Colours are distinct for common forms
// of colour blindness and dark enough for white numbers.
constexpr std::array<Entry, count> entries = {{
    {QT_TRANSLATE_NOOP("el::Principle", "Give every child the best start in life."),
     QT_TRANSLATE_NOOP("el::Principle", "Best start in life"), 0xff0072b2},
    {QT_TRANSLATE_NOOP("el::Principle",
                       "Enable all children, young people and adults to maximise their "
                       "capabilities and have control over their lives."),
     QT_TRANSLATE_NOOP("el::Principle", "Capabilities and control"), 0xffd55e00},
    {QT_TRANSLATE_NOOP("el::Principle", "Create fair employment and good work for all."),
     QT_TRANSLATE_NOOP("el::Principle", "Fair work"), 0xff009e73},
    {QT_TRANSLATE_NOOP("el::Principle", "Ensure a healthy standard of living for all."),
     QT_TRANSLATE_NOOP("el::Principle", "Healthy standard of living"), 0xffcc79a7},
    {QT_TRANSLATE_NOOP("el::Principle",
                       "Create and develop healthy and sustainable places and communities."),
     QT_TRANSLATE_NOOP("el::Principle", "Healthy places"), 0xff8c6d00},
    {QT_TRANSLATE_NOOP("el::Principle", "Strengthen the role and impact of ill health prevention."),
     QT_TRANSLATE_NOOP("el::Principle", "Prevention"), 0xff56b4e9},
    {QT_TRANSLATE_NOOP("el::Principle", "Tackle racism, discrimination and their outcomes."),
     QT_TRANSLATE_NOOP("el::Principle", "Tackle racism and discrimination"), 0xff6a3d9a},
    {QT_TRANSLATE_NOOP("el::Principle",
                       "Pursue environmental sustainability and health equity together."),
     QT_TRANSLATE_NOOP("el::Principle", "Environment and equity"), 0xff33a02c},
}};

std::array<Principle, count> buildCatalogue()
{
    std::array<Principle, count> out;
    for (int i = 0; i < count; ++i) {
        const Entry &e = entries[static_cast<size_t>(i)];
        out[static_cast<size_t>(i)]
            = {i + 1, QCoreApplication::translate("el::Principle", e.wording),
               QCoreApplication::translate("el::Principle", e.shortLabel), e.rgba};
    }
    return out;
}
} // namespace

const Principle &principle(int number)
{
    static const std::array<Principle, count> catalogue = buildCatalogue();
    Q_ASSERT(number >= 1 && number <= count);
    return catalogue[static_cast<size_t>(qBound(1, number, count) - 1)];
}

QString numberedWording(int number)
{
    return QStringLiteral("%1. %2").arg(number).arg(principle(number).wording);
}

QString sourceNote()
{
    return QCoreApplication::translate(
        "el::Principle",
        "The wording of the eight Marmot principles is the Institute of Health Equity's, as "
        "published for Marmot Places. Principles 1 to 6 come from Fair Society, Healthy Lives "
        "(the Marmot Review, 2010); the Institute added principles 7 and 8 in 2021-22.");
}

} // namespace el::PrincipleCatalogue
