#pragma once
// A value with its date (a baseline or a target), either of which may be left empty.
#include "model/Indicator.h"

#include <QWidget>

class QDateEdit;
class QLineEdit;

namespace el {

class DatedValueEdit : public QWidget
{
    Q_OBJECT
public:
    explicit DatedValueEdit(QWidget *parent = nullptr);

    void setValue(const DatedValue &value);
    // Nothing when the number cannot be read.
    std::optional<DatedValue> value() const;
    QLineEdit *numberEdit() const { return m_number; }
    QDateEdit *dateEdit() const { return m_date; }

private:
    QLineEdit *m_number;
    QDateEdit *m_date;
};

} // namespace el
