// The principle coverage table, as a registrar reads it: every column heading can be read whole.
#include "panels/CoverageDock.h"
#include "ModelBuilder.h"
#include "WindowFixture.h"
#include "panels/PrincipleHeaderView.h"
#include "principles/PrincipleCatalogue.h"

#include <QHeaderView>
#include <QImage>
#include <QScrollBar>
#include <QTableWidget>
#include <QTest>
#include <catch2/catch.hpp>

using namespace el;

TEST_CASE("The coverage table shows all eight principles side by side, each heading whole")
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

    auto *header = qobject_cast<PrincipleHeaderView *>(table->horizontalHeader());
    REQUIRE(header);
    // All eight principles side by side, without scrolling.
    QCoreApplication::processEvents();
    CHECK(table->horizontalScrollBar()->maximum() == 0);
    for (int column = 0; column < PrincipleCatalogue::count; ++column) {
        const QTableWidgetItem *item = table->horizontalHeaderItem(column);
        REQUIRE(item);
        CHECK(item->text() == PrincipleCatalogue::principle(column + 1).shortLabel);
        // Wide enough for the longest word of any heading, so no word is cut.
        INFO(item->text().toStdString() << ": needs " << header->narrowestSection() << ", has "
                                        << header->sectionSize(column));
        CHECK(header->narrowestSection() <= header->sectionSize(column));
    }

    // Each heading is drawn: dark text under its chip (the style once left a clip behind that
    // hid everything drawn after the section's frame).
    const QImage drawn = header->grab().toImage();
    for (int column = 0; column < PrincipleCatalogue::count; ++column) {
        const int left = header->sectionViewportPosition(column);
        int dark = 0;
        for (int y = 24; y < drawn.height(); ++y) { // below the chip
            for (int x = left; x < left + header->sectionSize(column) && x < drawn.width(); ++x)
                dark += qGray(drawn.pixel(x, y)) < 110 ? 1 : 0;
        }
        INFO("column " << column);
        CHECK(dark > 20);
    }
}
