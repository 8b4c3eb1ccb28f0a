#include "canvas/CanvasStyle.h"

#include "principles/PrincipleCatalogue.h"

namespace el::CanvasStyle {

QColor principleColour(int number)
{
    return QColor::fromRgba(PrincipleCatalogue::principle(number).rgba);
}

QColor kindColour(NodeKind kind)
{
    switch (kind) {
    case NodeKind::Situation:
        return QColor(0x5b, 0x67, 0x7a);
    case NodeKind::Input:
        return QColor(0x25, 0x63, 0xc9);
    case NodeKind::Activity:
        return QColor(0x0b, 0x8a, 0x8f);
    case NodeKind::Participation:
        return QColor(0x7a, 0x4f, 0xc9);
    case NodeKind::Output:
        return QColor(0xc9, 0x7a, 0x06);
    case NodeKind::OutcomeShort:
        return QColor(0x3f, 0x9c, 0x4a);
    case NodeKind::OutcomeMedium:
        return QColor(0x2b, 0x7f, 0x3a);
    case NodeKind::OutcomeLong:
        return QColor(0x1d, 0x5f, 0x2c);
    case NodeKind::Impact:
        return QColor(0xb0, 0x2e, 0x5c);
    case NodeKind::Assumption:
        return QColor(0x9a, 0x6b, 0x1f);
    case NodeKind::ExternalFactor:
        return QColor(0x6b, 0x63, 0x5c);
    }
    return QColor(0x5b, 0x67, 0x7a);
}

QColor kindTint(NodeKind kind)
{
    const QColor c = kindColour(kind);
    // 9% of the colour over white.
    auto mix = [](int v) {
        return 255 - (255 - v) * 9 / 100;
    };
    return QColor(mix(c.red()), mix(c.green()), mix(c.blue()));
}

QColor textColour()
{
    return QColor(0x1f, 0x29, 0x33);
}

QColor mutedTextColour()
{
    return QColor(0x5f, 0x6b, 0x7a);
}

QColor selectionColour()
{
    return QColor(0x1a, 0x6d, 0xf0);
}

QColor linkColour()
{
    return QColor(0x6b, 0x77, 0x87);
}

QColor validTargetColour()
{
    return QColor(0x1f, 0x9d, 0x55);
}

QColor refusedTargetColour()
{
    return QColor(0xd1, 0x3b, 0x3b);
}

QColor canvasBackground()
{
    return QColor(0xfb, 0xfc, 0xfd);
}

QColor columnBackground(int index)
{
    return index % 2 == 0 ? QColor(0xf3, 0xf5, 0xf8) : QColor(0xec, 0xef, 0xf3);
}

static QFont sansFont(int pixelSize, QFont::Weight weight = QFont::Normal)
{
    QFont f(QStringLiteral("DejaVu Sans"));
    f.setStyleHint(QFont::SansSerif);
    f.setPixelSize(pixelSize);
    f.setWeight(weight);
    return f;
}

QFont titleFont()
{
    return sansFont(CardMetrics::titlePixelSize);
}

QFont summaryFont()
{
    return sansFont(30, QFont::DemiBold);
}

QFont headerFont()
{
    return sansFont(14, QFont::Bold);
}

QFont chipFont()
{
    return sansFont(10, QFont::Bold);
}

QFont badgeFont()
{
    return sansFont(10, QFont::DemiBold);
}

QFont bandLabelFont()
{
    return sansFont(12, QFont::DemiBold);
}

} // namespace el::CanvasStyle
