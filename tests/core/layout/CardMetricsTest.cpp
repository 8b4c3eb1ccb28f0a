// Card sizes without a font: the command line's tidy and the placement of imported cards leave
// room for each card's title as the editor will wrap it.
#include "layout/CardMetrics.h"
#include "layout/LayoutOptions.h"

#include <catch2/catch.hpp>

using namespace el;

namespace {
Node card(NodeKind kind, const QString &title)
{
    Node n;
    n.id = NodeId::create();
    n.kind = kind;
    n.title = title;
    return n;
}
} // namespace

TEST_CASE("A short title fits on one line and the card keeps its smallest height", "[layout]")
{
    CHECK(CardMetrics::estimatedTitleLines(QStringLiteral("Housing officers")) == 1);
    CHECK(CardMetrics::estimatedTitleLines(QString()) == 1);
    const QSizeF size = CardMetrics::estimate(card(NodeKind::Input, QStringLiteral("Staff")));
    CHECK(size == QSizeF(CardMetrics::width, CardMetrics::minHeight));
}

TEST_CASE("A long title makes a taller card, a line at a time", "[layout]")
{
    const QString words = QStringLiteral("Fewer households in temporary accommodation in the most "
                                         "deprived wards of the town by March 2027");
    const int lines = CardMetrics::estimatedTitleLines(words);
    CHECK(lines >= 4);
    CHECK(lines <= 6);
    const QSizeF shortCard = CardMetrics::estimate(card(NodeKind::Activity, words.left(30)));
    const QSizeF longCard = CardMetrics::estimate(card(NodeKind::Activity, words));
    CHECK(longCard.height() > shortCard.height());
    CHECK(longCard.height()
          == Approx(2 * CardMetrics::padding + lines * CardMetrics::titleLineSpacing));
}

TEST_CASE("A word longer than a line is broken across lines", "[layout]")
{
    const QString word(60, QLatin1Char('x'));
    CHECK(CardMetrics::estimatedTitleLines(word) >= 3);
    CHECK(CardMetrics::estimatedTitleLines(QString(20, QChar(0x4e2d))) == 2); // full-width
}

TEST_CASE("Outcomes and cards with principles or indicators get a footer row", "[layout]")
{
    const QString title = QStringLiteral("Warmer homes");
    const double plain = CardMetrics::estimate(card(NodeKind::Activity, title)).height();
    const double outcome = CardMetrics::estimate(card(NodeKind::OutcomeShort, title)).height();
    Node tagged = card(NodeKind::Activity, title);
    tagged.principles = PrincipleSet::of({4});
    CHECK(outcome > plain);
    CHECK(CardMetrics::estimate(tagged).height() == outcome);
}

TEST_CASE("The layout sizes cards by the estimate unless it is given their sizes", "[layout]")
{
    const Node n = card(NodeKind::Activity, QString(300, QLatin1Char('a')));
    LayoutOptions options;
    CHECK(options.sizeOf(n) == CardMetrics::estimate(n));
    options.cardSize = [](const Node &) {
        return QSizeF(10, 20);
    };
    CHECK(options.sizeOf(n) == QSizeF(10, 20));
}
