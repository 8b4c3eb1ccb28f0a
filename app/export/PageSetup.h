#pragma once
// How diagrams go onto paper: page size and orientation, margins, fitted or tiled, and the
// resolution and background of images. Shared by export, print and the report.
#include <QMarginsF>
#include <QPageLayout>
#include <QPageSize>

namespace el {

enum class PageFit { FitToPage, Tile };

struct PageSetup
{
    QPageSize::PageSizeId pageSize = QPageSize::A4;
    QPageLayout::Orientation orientation = QPageLayout::Landscape;
    double marginMm = 12.0;
    PageFit fit = PageFit::FitToPage;
    // Tiled: the diagram's size on paper, 1.0 being the canvas's actual size (96 units an inch).
    double tileScale = 1.0;
    // Tiled: the diagram may be drawn down to this share of tileScale when that takes fewer
    // pages (a row or column fewer), but never below readable size; 0 allows any readable size.
    double tileShrink = 0.85;
    // Tiled: the diagram may be drawn up to this share of tileScale when that takes no more
    // pages (1: never larger than asked).
    double tileGrow = 1.0;
    // Tiled: how much neighbouring pages repeat, so they can be trimmed and assembled.
    double overlapMm = 10.0;
    // Images.
    int dpi = 150;
    bool transparent = false;

    QPageLayout pageLayout() const;
};

// Card titles are drawn at this size (scene units) and a fitted page that shrinks them below
// minimumTextPoints is hard to read: the user is told and offered tiling.
inline constexpr double titlePixelSize = 13.0;
inline constexpr double minimumTextPoints = 6.0;
// Points per scene unit at actual size (the canvas works at 96 units an inch).
inline constexpr double pointsPerUnit = 72.0 / 96.0;

} // namespace el
