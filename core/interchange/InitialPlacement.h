#pragma once
// Gives imported nodes that came without a position a place: in their kind's column, one below
// the other in file order, clear of every other card. A stand-in until a real layout is run.
#include "model/ModelData.h"

#include <QList>

namespace el::InitialPlacement {

inline constexpr double columnWidth = 240.0;
inline constexpr double cardWidth = 200.0;
inline constexpr double cardHeight = 80.0;
inline constexpr double rowGap = 20.0;

// Places the nodes whose `positioned` entry is false; the others keep their positions.
void place(ModelData &model, const QList<bool> &positioned);

} // namespace el::InitialPlacement
