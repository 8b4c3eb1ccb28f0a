#pragma once
// A KPI attached to a node: what is measured, where the data comes from, baseline, target and
// the measurements taken so far, and how it is broken down.
#include "model/Ids.h"

#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>
#include <optional>

namespace el {

enum class Measure { Number, Percentage, Qualitative };

QString measureKey(Measure measure);
std::optional<Measure> measureFromKey(QStringView key);

struct DatedValue
{
    std::optional<double> value;
    QDate date;

    bool isEmpty() const { return !value && !date.isValid(); }
    friend bool operator==(const DatedValue &, const DatedValue &) = default;
};

struct Measurement
{
    QDate date;
    double value = 0;
    QString note;
    friend bool operator==(const Measurement &, const Measurement &) = default;
};

struct Indicator
{
    IndicatorId id;
    QString title;
    Measure measure = Measure::Number;
    QString unit;
    bool higherIsBetter = true;
    QString source;    // data source / means of verification
    QString reference; // a catalogue entry, for example an OHID Fingertips indicator id
    DatedValue baseline;
    DatedValue target;
    QList<Measurement> measurements;
    QStringList disaggregation; // "deprivation", "ethnicity", "sex", "ward", ...

    // The most recent measurement, if any.
    std::optional<Measurement> latest() const;
    friend bool operator==(const Indicator &, const Indicator &) = default;
};

} // namespace el
