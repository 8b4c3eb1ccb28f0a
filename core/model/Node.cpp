#include "model/Node.h"

namespace el {

NodeFields Node::difference(const Node &a, const Node &b)
{
    NodeFields f;
    if (a.kind != b.kind)
        f |= NodeField::Kind;
    if (a.title != b.title)
        f |= NodeField::Title;
    if (a.description != b.description)
        f |= NodeField::Description;
    if (a.population != b.population)
        f |= NodeField::Population;
    if (a.principles != b.principles)
        f |= NodeField::Principles;
    if (a.group != b.group)
        f |= NodeField::Group;
    if (a.pos != b.pos)
        f |= NodeField::Position;
    if (a.indicators != b.indicators)
        f |= NodeField::Indicators;
    return f;
}

} // namespace el
