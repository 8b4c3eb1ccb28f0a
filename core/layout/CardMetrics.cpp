#include "layout/CardMetrics.h"

#include <algorithm>

namespace el::CardMetrics {

namespace {
// A character's advance in em of the title font, generous for the common sans-serif fonts: wide
// and full-width characters count as a whole em, so text in any script is not under-counted.
double advance(QChar c)
{
    const char16_t u = c.unicode();
    if (u == u' ')
        return 0.34;
    if (u > 0x7e)
        return 1.0;
    if (u == u'm' || u == u'w' || u == u'M' || u == u'W' || u == u'@' || u == u'%')
        return 1.0;
    if (u == u'i' || u == u'j' || u == u'l' || u == u'.' || u == u',' || u == u';' || u == u':'
        || u == u'\'' || u == u'!' || u == u'|')
        return 0.32;
    if (u == u'f' || u == u't' || u == u'r' || u == u'I' || u == u'(' || u == u')' || u == u'-'
        || u == u'/')
        return 0.44;
    if (c.isUpper())
        return 0.78;
    return 0.66;
}
} // namespace

bool hasFooter(NodeKind kind, bool hasPrinciples, int indicatorCount)
{
    return hasPrinciples || indicatorCount > 0 || isOutcomeOrImpact(kind);
}

double height(double titleHeight, bool footer)
{
    return std::max(minHeight, 2 * padding + titleHeight + (footer ? footerHeight + footerGap : 0));
}

int estimatedTitleLines(const QString &title)
{
    const QString text = title.simplified();
    if (text.isEmpty())
        return 1;
    // Greedy wrapping at spaces, as the canvas does; a word longer than a line breaks anywhere.
    const double lineEm = textWidth / titlePixelSize;
    int lines = 1;
    double used = 0;
    for (const QStringView word : QStringView(text).split(u' ')) {
        double w = 0;
        for (QChar c : word)
            w += advance(c);
        const double withSpace = used > 0 ? used + advance(u' ') + w : w;
        if (withSpace <= lineEm) {
            used = withSpace;
            continue;
        }
        if (used > 0)
            ++lines;
        // The word alone, broken across as many lines as it needs.
        while (w > lineEm) {
            ++lines;
            w -= lineEm;
        }
        used = w;
    }
    return lines;
}

QSizeF estimate(const Node &node)
{
    const int lines = estimatedTitleLines(node.title);
    const bool footer = hasFooter(node.kind, !node.principles.isEmpty(),
                                  static_cast<int>(node.indicators.size()));
    return {width, height(lines * titleLineSpacing, footer)};
}

} // namespace el::CardMetrics
