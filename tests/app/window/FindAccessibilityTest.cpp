// A screen reader user who finds a card with the find box hears which card was found, while the
// keyboard stays in the box for the next Enter.
#include "AccessibilityRecorder.h"
#include "ModelBuilder.h"
#include "WindowFixture.h"
#include "canvas/CanvasView.h"
#include "mainwindow/FindBar.h"

#include <QAccessible>
#include <QApplication>
#include <QTest>
#include <catch2/catch.hpp>

using namespace el;

TEST_CASE("Find names the card it found to a screen reader and keeps the keyboard in the box")
{
    test::AccessibilityRecorder reader;
    test::ModelBuilder b(QStringLiteral("Employment"));
    b.node(NodeKind::Input, QStringLiteral("Advisers"));
    const NodeId fairs = b.node(NodeKind::Activity, QStringLiteral("Job fairs"));
    test::WindowFixture f(b.project());
    f.window()->resize(1800, 1000); // wide enough for the find box to show in the toolbar
    f.window()->show();
    REQUIRE(QTest::qWaitForWindowExposed(f.window()));
    f.window()->activateWindow();
    REQUIRE(QTest::qWaitForWindowActive(f.window()));
    auto *find = f.window()->findChild<FindBar *>();
    REQUIRE(find);
    find->activate();
    QApplication::processEvents();
    REQUIRE(find->hasFocus());
    reader.clear();

    QTest::keyClicks(find, QStringLiteral("fairs"));
    QTest::keyClick(find, Qt::Key_Return);
    QApplication::processEvents();
    CHECK(f.window()->canvas()->selectedNodes() == QList<NodeId>{fairs});
    CHECK(find->hasFocus());
    QAccessibleInterface *box = QAccessible::queryAccessibleInterface(find);
    CHECK(box->text(QAccessible::Description).toStdString()
          == "Found 1 of 1 card matching \u201cfairs\u201d. Job fairs, activity.");
    bool told = false;
    for (const auto &e : reader.events())
        told = told || (e.type == QAccessible::DescriptionChanged && e.role == box->role());
    CHECK(told);
    CHECK(reader.names(QAccessible::Focus).isEmpty()); // the focus did not jump to the canvas
}
