// The command line lays out cards without a font, by estimating each title's lines. On the
// bundled sample, the estimate must leave the room the editor's measured cards really take: never
// less than the card less one line (the gap between laid-out cards is wider than a line, so cards
// cannot overlap), and not much more (or the diagram would spread out for nothing).
#include "CanvasFixture.h"
#include "SampleProject.h"
#include "layout/CardMetrics.h"

#include <catch2/catch.hpp>

using namespace el;

TEST_CASE("Estimated card sizes match the editor's cards on the sample within a line",
          "[canvas][layout]")
{
    Document doc(test::sampleProject());
    CanvasView view(&doc);
    int cards = 0;
    int exact = 0;
    for (const LogicModel *model : doc.project()->models()) {
        view.setModel(model->id());
        for (const Node &node : model->nodes()) {
            const NodeItem *item = view.modelScene()->nodeItem(node.id);
            REQUIRE(item);
            const QSizeF measured = item->cardRect().size();
            const QSizeF estimated = CardMetrics::estimate(node);
            INFO(node.title.toStdString());
            CHECK(estimated.width() == measured.width());
            CHECK(estimated.height() >= measured.height() - CardMetrics::titleLineSpacing);
            CHECK(estimated.height() <= measured.height() + 2 * CardMetrics::titleLineSpacing);
            ++cards;
            if (qAbs(estimated.height() - measured.height()) < CardMetrics::titleLineSpacing / 2)
                ++exact;
        }
    }
    REQUIRE(cards > 20);
    // Most cards are estimated to the line.
    CHECK(exact * 10 >= cards * 7);
}
