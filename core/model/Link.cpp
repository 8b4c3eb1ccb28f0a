#include "model/Link.h"

namespace el {

QString linkStrengthKey(LinkStrength strength)
{
    switch (strength) {
    case LinkStrength::Unspecified:
        return {};
    case LinkStrength::Weak:
        return QStringLiteral("weak");
    case LinkStrength::Moderate:
        return QStringLiteral("moderate");
    case LinkStrength::Strong:
        return QStringLiteral("strong");
    }
    return {};
}

std::optional<LinkStrength> linkStrengthFromKey(QStringView key)
{
    for (LinkStrength s : {LinkStrength::Unspecified, LinkStrength::Weak, LinkStrength::Moderate,
                           LinkStrength::Strong}) {
        if (key == linkStrengthKey(s))
            return s;
    }
    return std::nullopt;
}

LinkFields Link::difference(const Link &a, const Link &b)
{
    LinkFields f;
    if (a.rationale != b.rationale)
        f |= LinkField::Rationale;
    if (a.strength != b.strength)
        f |= LinkField::Strength;
    return f;
}

} // namespace el
