#pragma once
// The eight Marmot principles: one catalogue, used by the validator, the editor and the report.
#include <QString>

namespace el {

struct Principle
{
    int number = 0;
    QString wording; // canonical wording, Institute of Health Equity (Marmot Places)
    QString shortLabel;
    quint32 rgba = 0; // its colour as 0xAARRGGBB (QColor::fromRgba); the core has no Qt Gui
};

namespace PrincipleCatalogue {

inline constexpr int count = 8;

// number is 1 to 8; anything else is a programming error.
const Principle &principle(int number);
// "3. Create fair employment and good work for all."
QString numberedWording(int number);
// Where the wording comes from, for the About box and the documentation.
QString sourceNote();

} // namespace PrincipleCatalogue
} // namespace el
