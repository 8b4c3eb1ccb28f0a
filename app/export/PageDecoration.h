#pragma once
// What every diagram page carries around the diagram: the project and model name with the date
// at the top, a legend of the principles used and the page's label at the bottom. Painted in
// points, origin at the top left of the printable area.
#include <QFont>
#include <QList>
#include <QRectF>
#include <QString>

class QPainter;

namespace el {

struct PageFrameText
{
    QString project;
    QString model;
    QString date;
    QString pageLabel;  // bottom left, for example "Page B2 of 3×2"
    QString pageNumber; // bottom right, for example "Sheet 3 of 12"
};

namespace PageDecoration {

// A sans-serif font sized in points for painters working in points.
QFont font(int points, QFont::Weight weight = QFont::Normal);
// Paints the frame on a page of size page (points) and returns the rectangle left for the
// diagram.
QRectF paintFrame(QPainter *painter, const QSizeF &page, const PageFrameText &text,
                  const QList<int> &principles);
// The legend alone: one chip per principle (its colour and number) with its short label,
// wrapping within width; returns its height. Draws nothing when painter is null.
double paintLegend(QPainter *painter, const QPointF &topLeft, double width,
                   const QList<int> &principles);
// A principle's numbered chip centred on centre.
void paintChip(QPainter *painter, const QPointF &centre, double diameter, int principle);
// Today's date as the user's locale writes it, for example "26 November 2026" in the UK.
QString today();

} // namespace PageDecoration
} // namespace el
