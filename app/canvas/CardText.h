#pragma once
// The text of one card, laid out when its title or size changes rather than on every paint:
// the title wrapped at the card's width for full detail and, for zoomed-out views, the whole
// title in the largest font that fits the card or a shortened title in the summary font.
#include <QPointF>
#include <QStringList>
#include <QTextLayout>
#include <memory>

class QPainter;

namespace el {

class CardText
{
public:
    CardText();
    ~CardText();

    // The title in the card's own font, wrapped at the card's text width.
    void layoutTitle(const QString &shown);
    // The zoomed-out forms of the title, for a text area this high.
    void layoutSummary(const QString &shown, double room);

    bool hasTitle() const { return m_titleLayout != nullptr; }
    double titleHeight() const { return m_titleHeight; }
    // Whether, zoomed out to this level of detail, the whole title is still readable.
    bool wholeTitleReadable(double lod) const;

    void drawTitle(QPainter *painter, const QPointF &topLeft) const;
    // Zoomed out: the whole title where readable, else the shortened one, centred vertically
    // in the text area (of the height given to layoutSummary) under the card's top edge.
    void drawSummary(QPainter *painter, double lod) const;

private:
    std::unique_ptr<QTextLayout> m_titleLayout;
    double m_titleHeight = 0;
    double m_room = 0;
    // The whole title in the largest font that fits (m_fitPixels), and the shortened title in
    // the summary font for when even that would be too small.
    std::unique_ptr<QTextLayout> m_fitLayout;
    double m_fitPixels = 0;
    double m_fitHeight = 0;
    QStringList m_summaryLines;
};

} // namespace el
