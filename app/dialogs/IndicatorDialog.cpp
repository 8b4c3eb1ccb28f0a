#include "dialogs/IndicatorDialog.h"

#include "dialogs/DateCellDelegate.h"
#include "dialogs/DatedValueEdit.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGridLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace el {

namespace {
// The breakdowns Marmot monitoring asks for most; anything else goes in "Other".
struct Breakdown
{
    const char *key;
    const char *title;
};
const Breakdown commonBreakdowns[] = {
    {"deprivation", QT_TRANSLATE_NOOP("el::IndicatorDialog", "Deprivation")},
    {"ethnicity", QT_TRANSLATE_NOOP("el::IndicatorDialog", "Ethnicity")},
    {"sex", QT_TRANSLATE_NOOP("el::IndicatorDialog", "Sex")},
    {"age", QT_TRANSLATE_NOOP("el::IndicatorDialog", "Age")},
    {"ward", QT_TRANSLATE_NOOP("el::IndicatorDialog", "Ward")},
    {"disability", QT_TRANSLATE_NOOP("el::IndicatorDialog", "Disability")},
};

QTableWidgetItem *dateItem(const QDate &date)
{
    auto *item = new QTableWidgetItem;
    item->setData(Qt::EditRole, date);
    return item;
}
} // namespace

IndicatorDialog::IndicatorDialog(const Indicator &indicator, QWidget *parent)
    : QDialog(parent)
    , m_indicator(indicator)
{
    setWindowTitle(indicator.title.isEmpty() ? tr("New indicator") : tr("Edit indicator"));
    auto *layout = new QVBoxLayout(this);
    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);

    m_title = new QLineEdit(indicator.title, this);
    m_title->setPlaceholderText(tr("for example: Households in fuel poverty"));
    form->addRow(tr("&Title:"), m_title);

    m_measure = new QComboBox(this);
    m_measure->addItem(tr("A number"), int(Measure::Number));
    m_measure->addItem(tr("A percentage"), int(Measure::Percentage));
    m_measure->addItem(tr("Qualitative (described in words)"), int(Measure::Qualitative));
    m_measure->setCurrentIndex(m_measure->findData(int(indicator.measure)));
    form->addRow(tr("&Measure:"), m_measure);

    m_unit = new QLineEdit(indicator.unit, this);
    m_unit->setPlaceholderText(tr("for example: per 1,000 households"));
    form->addRow(tr("&Unit:"), m_unit);

    m_higherIsBetter = new QCheckBox(tr("A higher value is better"), this);
    m_higherIsBetter->setChecked(indicator.higherIsBetter);
    form->addRow(QString(), m_higherIsBetter);

    m_source = new QLineEdit(indicator.source, this);
    m_source->setPlaceholderText(tr("where the data comes from"));
    form->addRow(tr("&Source:"), m_source);

    m_reference = new QLineEdit(indicator.reference, this);
    m_reference->setPlaceholderText(tr("optional, for example an OHID Fingertips indicator id"));
    form->addRow(tr("&Reference:"), m_reference);

    m_baseline = new DatedValueEdit(this);
    m_baseline->setValue(indicator.baseline);
    form->addRow(tr("&Baseline:"), m_baseline);
    m_target = new DatedValueEdit(this);
    m_target->setValue(indicator.target);
    form->addRow(tr("T&arget:"), m_target);

    form->addRow(tr("Broken down by:"), createDisaggregation());
    layout->addLayout(form);
    layout->addWidget(new QLabel(tr("Measurements so far:"), this));
    layout->addWidget(createMeasurements(), 1);

    m_error = new QLabel(this);
    m_error->setStyleSheet(QStringLiteral("color: #b00020;"));
    m_error->setWordWrap(true);
    m_error->hide();
    layout->addWidget(m_error);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &IndicatorDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &IndicatorDialog::reject);
    layout->addWidget(buttons);
    resize(560, 640);
}

QWidget *IndicatorDialog::createDisaggregation()
{
    auto *box = new QWidget(this);
    auto *grid = new QGridLayout(box);
    grid->setContentsMargins(0, 0, 0, 0);
    QStringList rest = m_indicator.disaggregation;
    int i = 0;
    for (const Breakdown &b : commonBreakdowns) {
        auto *check = new QCheckBox(tr(b.title), box);
        const QString key = QString::fromLatin1(b.key);
        check->setProperty("key", key);
        check->setChecked(rest.removeAll(key) > 0);
        grid->addWidget(check, i / 3, i % 3);
        m_breakdowns << check;
        ++i;
    }
    m_otherBreakdowns = new QLineEdit(rest.join(QStringLiteral(", ")), box);
    m_otherBreakdowns->setPlaceholderText(tr("other breakdowns, separated by commas"));
    grid->addWidget(m_otherBreakdowns, 2, 0, 1, 3);
    return box;
}

QWidget *IndicatorDialog::createMeasurements()
{
    auto *box = new QWidget(this);
    auto *layout = new QVBoxLayout(box);
    layout->setContentsMargins(0, 0, 0, 0);
    m_measurements = new QTableWidget(0, 3, box);
    m_measurements->setObjectName(QStringLiteral("Measurements"));
    m_measurements->setHorizontalHeaderLabels({tr("Date"), tr("Value"), tr("Note")});
    m_measurements->horizontalHeaderItem(0)->setToolTip(
        tr("When the figure was measured; double-click to pick it from a calendar"));
    m_measurements->setItemDelegateForColumn(0, new DateCellDelegate(m_measurements));
    QHeaderView *header = m_measurements->horizontalHeader();
    header->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    header->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    header->setSectionResizeMode(2, QHeaderView::Stretch);
    m_measurements->verticalHeader()->hide();
    for (const Measurement &m : std::as_const(m_indicator.measurements)) {
        const int row = m_measurements->rowCount();
        m_measurements->insertRow(row);
        m_measurements->setItem(row, 0, dateItem(m.date));
        m_measurements->setItem(row, 1, new QTableWidgetItem(QLocale().toString(m.value, 'g', 12)));
        m_measurements->setItem(row, 2, new QTableWidgetItem(m.note));
    }
    auto *buttons = new QHBoxLayout;
    auto *add = new QPushButton(tr("Add measurement"), box);
    auto *remove = new QPushButton(tr("Remove"), box);
    buttons->addWidget(add);
    buttons->addWidget(remove);
    buttons->addStretch();
    layout->addWidget(m_measurements);
    layout->addLayout(buttons);
    connect(add, &QPushButton::clicked, this, [this] {
        const int row = m_measurements->rowCount();
        m_measurements->insertRow(row);
        m_measurements->setItem(row, 0, dateItem(QDate::currentDate()));
        m_measurements->setItem(row, 1, new QTableWidgetItem);
        m_measurements->setItem(row, 2, new QTableWidgetItem);
        m_measurements->editItem(m_measurements->item(row, 1));
    });
    connect(remove, &QPushButton::clicked, this, [this] {
        if (m_measurements->currentRow() >= 0)
            m_measurements->removeRow(m_measurements->currentRow());
    });
    return box;
}

Indicator IndicatorDialog::indicator() const
{
    Indicator out = m_indicator;
    read(out);
    return out;
}

void IndicatorDialog::accept()
{
    Indicator out = m_indicator;
    if (auto problem = read(out)) {
        m_error->setText(*problem);
        m_error->show();
        return;
    }
    QDialog::accept();
}

std::optional<QString> IndicatorDialog::read(Indicator &out) const
{
    out.title = m_title->text().trimmed();
    if (out.title.isEmpty())
        return tr("Give the indicator a title.");
    out.measure = static_cast<Measure>(m_measure->currentData().toInt());
    out.unit = m_unit->text().trimmed();
    out.higherIsBetter = m_higherIsBetter->isChecked();
    out.source = m_source->text().trimmed();
    out.reference = m_reference->text().trimmed();
    const auto baseline = m_baseline->value();
    if (!baseline)
        return tr("The baseline value is not a number. Type a number such as 4.1, or leave it "
                  "empty.");
    out.baseline = *baseline;
    const auto target = m_target->value();
    if (!target)
        return tr("The target value is not a number. Type a number such as 3.0, or leave it "
                  "empty.");
    out.target = *target;
    out.disaggregation.clear();
    for (const QCheckBox *check : m_breakdowns) {
        if (check->isChecked())
            out.disaggregation << check->property("key").toString();
    }
    for (const QString &other : m_otherBreakdowns->text().split(QLatin1Char(','))) {
        if (!other.trimmed().isEmpty() && !out.disaggregation.contains(other.trimmed()))
            out.disaggregation << other.trimmed();
    }
    out.measurements.clear();
    for (int row = 0; row < m_measurements->rowCount(); ++row) {
        auto text = [&](int column) {
            const QTableWidgetItem *item = m_measurements->item(row, column);
            return item ? item->text().trimmed() : QString();
        };
        Measurement m;
        if (const QTableWidgetItem *date = m_measurements->item(row, 0))
            m.date = date->data(Qt::EditRole).toDate();
        if (!m.date.isValid())
            return tr("Measurement %1 has no date. Double-click its date to pick one.")
                .arg(row + 1);
        bool ok = false;
        m.value = QLocale().toDouble(text(1), &ok);
        if (!ok)
            m.value = text(1).toDouble(&ok);
        if (!ok)
            return tr("Measurement %1: \u201c%2\u201d is not a number.").arg(row + 1).arg(text(1));
        m.note = text(2);
        out.measurements << m;
    }
    std::sort(out.measurements.begin(), out.measurements.end(),
              [](const Measurement &a, const Measurement &b) { return a.date < b.date; });
    return std::nullopt;
}

} // namespace el
