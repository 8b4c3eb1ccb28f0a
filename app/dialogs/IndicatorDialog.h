#pragma once
// Edits one indicator (KPI): what is measured and how, where the data comes from, baseline and
// target with their dates, how it is broken down, and the measurements taken so far.
#include "model/Indicator.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QTableWidget;

namespace el {

class DatedValueEdit;

class IndicatorDialog : public QDialog
{
    Q_OBJECT
public:
    explicit IndicatorDialog(const Indicator &indicator, QWidget *parent = nullptr);

    // The edited indicator (same id).
    Indicator indicator() const;
    QLineEdit *titleEdit() const { return m_title; }

    void accept() override;

private:
    QWidget *createDisaggregation();
    QWidget *createMeasurements();
    // Reads the form; an error message when something cannot be read.
    std::optional<QString> read(Indicator &out) const;

    Indicator m_indicator;
    QLineEdit *m_title;
    QComboBox *m_measure;
    QLineEdit *m_unit;
    QCheckBox *m_higherIsBetter;
    QLineEdit *m_source;
    QLineEdit *m_reference;
    DatedValueEdit *m_baseline;
    DatedValueEdit *m_target;
    QList<QCheckBox *> m_breakdowns;
    QLineEdit *m_otherBreakdowns;
    QTableWidget *m_measurements;
    QLabel *m_error;
};

} // namespace el
