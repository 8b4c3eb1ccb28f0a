#pragma once
// The canvas's look in one place: colours per kind, fonts and card metrics, shared by the
// scene's items and by export, so that screen and paper look the same.
#include "layout/CardMetrics.h"
#include "model/NodeKind.h"

#include <QColor>
#include <QFont>

namespace el::CanvasStyle {

// Card and column metrics, in scene units (one unit is one pixel at 100% zoom).
// The card's own metrics are the core's (CardMetrics), which the layout also uses.
inline constexpr double cardWidth = CardMetrics::width;
inline constexpr double cardPadding = CardMetrics::padding;
inline constexpr double cardMinHeight = CardMetrics::minHeight;
inline constexpr double cardRadius = 6.0;
inline constexpr double accentWidth = CardMetrics::accentWidth;
inline constexpr double footerHeight = CardMetrics::footerHeight;
inline constexpr double chipDiameter = 17.0;
inline constexpr double handleRadius = 6.0;
inline constexpr double columnWidth = 240.0;
inline constexpr double printColumnWidth = 216.0; // in print mode: the card and a small margin
inline constexpr double collapsedWidth = 34.0;
inline constexpr double columnGap = 12.0;
inline constexpr double headerHeight = 44.0;
inline constexpr double contentTopMargin = 40.0;     // room for a strand's label
inline constexpr double contentBottomMargin = 120.0; // room to double-click below the cards
inline constexpr double printBottomMargin = 16.0;    // in print mode, under the last card
inline constexpr double bandGap = 28.0;
inline constexpr double bandHeaderHeight = 34.0;
inline constexpr double annotationPitch = 216.0;
inline constexpr double annotationRowGap = 14.0;
inline constexpr double groupBandPadding = 12.0;
// Where a card's title starts and how wide it wraps (inside the accent bar and padding).
inline constexpr double cardTextLeft = accentWidth + cardPadding;
inline constexpr double cardTextWidth = CardMetrics::textWidth;

// The colour that marks a kind: the card's accent and the column's header.
// The colour of principle 1 to 8, as on its chips and in the coverage matrix.
QColor principleColour(int number);
QColor kindColour(NodeKind kind);
// A very light tint of the kind's colour, for card fills.
QColor kindTint(NodeKind kind);

QColor textColour();
QColor mutedTextColour();
QColor selectionColour();
QColor linkColour();
QColor validTargetColour();
QColor refusedTargetColour();
QColor canvasBackground();
QColor columnBackground(int index);

QFont titleFont();
QFont summaryFont(); // the large, short title drawn at low zoom
QFont headerFont();
QFont chipFont();
QFont badgeFont();
QFont bandLabelFont();

// Below this level of detail (scale of the view) cards draw their short summary instead of
// the full card, so that they stay readable when zoomed far out.
inline constexpr double summaryDetail = 0.45;
// Below this, cards are plain coloured blocks (the 25% zoom the editor promises stays above it).
inline constexpr double minimumTextDetail = 0.2;
// Zoomed out, a card shows its whole title (in a larger font that fills the card) when that
// text is at least this many pixels high on screen, and a shortened title only below that.
inline constexpr double minimumTextPixels = 6.0;
// Zoomed out, principle chips become coloured dots of this diameter along the card's foot.
inline constexpr double summaryDotDiameter = 16.0;

} // namespace el::CanvasStyle
