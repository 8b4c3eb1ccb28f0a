// The principle coverage table, as a registrar reads it: every column heading can be read whole.
#include "panels/CoverageDock.h"
#include "ModelBuilder.h"
#include "WindowFixture.h"
#include "principles/PrincipleCatalogue.h"

#include <QHeaderView>
#include <QTableWidget>
#include <QTest>
#include <catch2/catch.hpp>

using namespace el;

TEST_CASE("Each principle's column heading in the coverage table is shown whole, not cut off")
{
    test::ModelBuilder b(QStringLiteral("Housing and Health"));
    b.node(NodeKind::OutcomeShort, QStringLiteral("Fewer cold homes"), {4});
    test::WindowFixture f(b.project());
    CoverageDock *dock = f.window()->coverage();
    auto *table = dock->findChild<QTableWidget *>(QStringLiteral("CoverageTable"));
    REQUIRE(table);
    // The dock as wide as it is under the canvas of a 1440-pixel window.
    dock->setFloating(true);
    dock->resize(830, 260);
    dock->show();
    REQUIRE(QTest::qWaitForWindowExposed(dock));

    QHeaderView *header = table->horizontalHeader();
    for (int column = 0; column < PrincipleCatalogue::count; ++column) {
        const QTableWidgetItem *item = table->horizontalHeaderItem(column);
        REQUIRE(item);
        // The words of the principle's short label are all there, over one or two lines.
        CHECK(item->text().simplified()
              == PrincipleCatalogue::principle(column + 1).shortLabel.simplified());
        // The column is at least as wide as the header needs to draw the heading whole (in a
        // narrow panel the table scrolls sideways instead).
        INFO(item->text().toStdString() << ": needs " << header->sectionSizeHint(column) << ", has "
                                        << header->sectionSize(column));
        CHECK(header->sectionSizeHint(column) <= header->sectionSize(column));
    }
}
