// The indicator dialog gives back exactly what it was given when nothing is changed, keeps the
// measurements in date order, picks dates from a calendar, and refuses what it cannot read with a
// message instead of closing.
#include "dialogs/IndicatorDialog.h"
#include "dialogs/DatedValueEdit.h"

#include <QDateEdit>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QTest>
#include <catch2/catch.hpp>

using namespace el;

namespace {
Indicator fuelPoverty()
{
    Indicator kpi;
    kpi.id = IndicatorId::create();
    kpi.title = QStringLiteral("Households in fuel poverty");
    kpi.measure = Measure::Percentage;
    kpi.unit = QStringLiteral("% of households");
    kpi.higherIsBetter = false;
    kpi.source = QStringLiteral("DESNZ sub-regional fuel poverty statistics");
    kpi.reference = QStringLiteral("93759");
    kpi.baseline = {14.2, QDate(2021, 12, 31)};
    kpi.target = {11.0, QDate(2028, 12, 31)};
    kpi.disaggregation
        = {QStringLiteral("deprivation"), QStringLiteral("ward"), QStringLiteral("tenure")};
    kpi.measurements = {{QDate(2022, 12, 31), 13.9, QStringLiteral("provisional")},
                        {QDate(2023, 12, 31), 13.1, QString()}};
    return kpi;
}

QTableWidget *measurementsOf(IndicatorDialog &dialog)
{
    auto *table = dialog.findChild<QTableWidget *>(QStringLiteral("Measurements"));
    REQUIRE(table);
    return table;
}

QPushButton *button(IndicatorDialog &dialog, const QString &text)
{
    for (QPushButton *b : dialog.findChildren<QPushButton *>()) {
        if (b->text() == text)
            return b;
    }
    FAIL("no button " << text.toStdString());
    return nullptr;
}
} // namespace

TEST_CASE("Opening an indicator and pressing OK changes nothing")
{
    const Indicator kpi = fuelPoverty();
    IndicatorDialog dialog(kpi);
    dialog.accept();
    CHECK(dialog.result() == QDialog::Accepted);
    CHECK(dialog.indicator() == kpi);
}

TEST_CASE("A measurement's date is picked with a calendar, and the measurements are kept in date "
          "order")
{
    IndicatorDialog dialog(fuelPoverty());
    QTableWidget *table = measurementsOf(dialog);
    REQUIRE(table->rowCount() == 2);
    CHECK(table->horizontalHeaderItem(0)->text() == QStringLiteral("Date"));

    dialog.show();
    REQUIRE(QTest::qWaitForWindowExposed(&dialog));
    QTest::mouseClick(button(dialog, QStringLiteral("Add measurement")), Qt::LeftButton);
    REQUIRE(table->rowCount() == 3);
    // The new row waits for its value; Return enters it (and does not close the dialog).
    auto *valueEditor = table->findChild<QLineEdit *>();
    REQUIRE(valueEditor);
    QTest::keyClicks(valueEditor, QStringLiteral("13.5"));
    QTest::keyClick(valueEditor, Qt::Key_Return);
    QCoreApplication::processEvents(); // the table takes the value on its next turn
    CHECK(dialog.isVisible());
    CHECK(table->item(2, 1)->text() == QStringLiteral("13.5"));

    // Editing the new row's date opens a date field with a calendar, not a box for typing.
    table->setCurrentCell(2, 0);
    table->editItem(table->item(2, 0));
    auto *picker = table->findChild<QDateEdit *>();
    REQUIRE(picker);
    CHECK(picker->calendarPopup());
    CHECK(picker->date() == QDate::currentDate());
    picker->setDate(QDate(2023, 6, 30));
    table->setCurrentCell(0, 2); // leaving the cell commits the date
    CHECK(table->item(2, 0)->data(Qt::EditRole).toDate() == QDate(2023, 6, 30));

    const Indicator edited = dialog.indicator();
    REQUIRE(edited.measurements.size() == 3);
    CHECK(edited.measurements[0].date == QDate(2022, 12, 31));
    CHECK(edited.measurements[1].date == QDate(2023, 6, 30));
    CHECK(edited.measurements[1].value == 13.5);
    CHECK(edited.measurements[2].date == QDate(2023, 12, 31));
}

TEST_CASE("What the dialog cannot read is named in a message, and the dialog stays open")
{
    IndicatorDialog dialog(fuelPoverty());
    dialog.show();
    auto *error = [&] {
        for (QLabel *label : dialog.findChildren<QLabel *>()) {
            if (label->styleSheet().contains(QStringLiteral("color")))
                return label;
        }
        return static_cast<QLabel *>(nullptr);
    }();
    REQUIRE(error);

    SECTION("a baseline that is not a number")
    {
        dialog.findChildren<DatedValueEdit *>().first()->numberEdit()->setText(
            QStringLiteral("about fourteen"));
        dialog.accept();
        CHECK(error->text().startsWith(QStringLiteral("The baseline value is not a number.")));
    }
    SECTION("a measurement that is not a number")
    {
        measurementsOf(dialog)->item(1, 1)->setText(QStringLiteral("n/a"));
        dialog.accept();
        CHECK(error->text() == QStringLiteral("Measurement 2: \u201cn/a\u201d is not a number."));
    }
    SECTION("no title")
    {
        dialog.titleEdit()->clear();
        dialog.accept();
        CHECK(error->text() == QStringLiteral("Give the indicator a title."));
    }
    CHECK(error->isVisible());
    CHECK(dialog.isVisible());
    CHECK(dialog.result() != QDialog::Accepted);
}
