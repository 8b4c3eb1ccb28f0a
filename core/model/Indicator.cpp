#include "model/Indicator.h"

namespace el {

QString measureKey(Measure measure)
{
    switch (measure) {
    case Measure::Number:
        return QStringLiteral("number");
    case Measure::Percentage:
        return QStringLiteral("percentage");
    case Measure::Qualitative:
        return QStringLiteral("qualitative");
    }
    return QStringLiteral("number");
}

std::optional<Measure> measureFromKey(QStringView key)
{
    for (Measure m : {Measure::Number, Measure::Percentage, Measure::Qualitative}) {
        if (key == measureKey(m))
            return m;
    }
    return std::nullopt;
}

std::optional<Measurement> Indicator::latest() const
{
    std::optional<Measurement> best;
    for (const Measurement &m : measurements) {
        if (!best || m.date >= best->date)
            best = m;
    }
    return best;
}

} // namespace el
