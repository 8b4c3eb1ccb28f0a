#pragma once
// The size of a card, shared by the editor's canvas and by the parts of the program that have no
// screen font to measure text with (the command line's tidy, the placement of imported cards).
// The canvas measures each title with its font; the others estimate the title's lines from its
// characters, erring on the long side. An estimate that is still a line short cannot make cards
// overlap: the gap the layout leaves between cards is wider than a line.
#include "model/Node.h"

#include <QSizeF>

namespace el::CardMetrics {

// In scene units (one unit is one pixel at 100% zoom).
inline constexpr double width = 200.0;
inline constexpr double padding = 10.0;
inline constexpr double minHeight = 52.0;
inline constexpr double accentWidth = 5.0;
inline constexpr double footerHeight = 22.0;
inline constexpr double footerGap = 6.0;
inline constexpr double textWidth = width - accentWidth - 2 * padding;
inline constexpr int titlePixelSize = 13;
// The title font's line spacing at titlePixelSize (DejaVu Sans: ascent and descent, 1.164 em).
inline constexpr double titleLineSpacing = 15.2;

// A card has a footer row when it shows principle chips or an indicator badge, and always for
// outcomes and impact (their empty chip row invites a principle).
bool hasFooter(NodeKind kind, bool hasPrinciples, int indicatorCount);
// The height of a card whose title is titleHeight tall.
double height(double titleHeight, bool footer);
// The number of lines the title is estimated to wrap to in textWidth (at least one).
int estimatedTitleLines(const QString &title);
// The card's estimated size, without a font.
QSizeF estimate(const Node &node);

} // namespace el::CardMetrics
