#pragma once
// An arrow from one node to the next: "this leads to that", with the reasoning behind it.
#include "model/Ids.h"

#include <QFlags>
#include <QString>
#include <optional>

namespace el {

enum class LinkStrength { Unspecified, Weak, Moderate, Strong };

QString linkStrengthKey(LinkStrength strength); // "" for unspecified
std::optional<LinkStrength> linkStrengthFromKey(QStringView key);

enum class LinkField { Rationale = 0x1, Strength = 0x2 };
Q_DECLARE_FLAGS(LinkFields, LinkField)
Q_DECLARE_OPERATORS_FOR_FLAGS(LinkFields)

struct Link
{
    LinkId id;
    NodeId from;
    NodeId to;
    QString rationale;
    LinkStrength strength = LinkStrength::Unspecified;

    static LinkFields difference(const Link &a, const Link &b);
    friend bool operator==(const Link &, const Link &) = default;
};

} // namespace el
