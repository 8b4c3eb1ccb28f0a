#include "dialogs/DatedValueEdit.h"

#include <QDateEdit>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>

namespace el {

namespace {
// The earliest date stands for "no date": a date edit cannot be empty.
const QDate noDate(1900, 1, 1);
} // namespace

DatedValueEdit::DatedValueEdit(QWidget *parent)
    : QWidget(parent)
    , m_number(new QLineEdit(this))
    , m_date(new QDateEdit(this))
{
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_number->setPlaceholderText(tr("value"));
    m_number->setMaximumWidth(110);
    m_date->setCalendarPopup(true);
    m_date->setMinimumDate(noDate);
    m_date->setSpecialValueText(tr("no date"));
    m_date->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    m_date->setDate(noDate);
    layout->addWidget(m_number);
    layout->addWidget(new QLabel(tr("on"), this));
    layout->addWidget(m_date, 1);
}

void DatedValueEdit::setValue(const DatedValue &value)
{
    m_number->setText(value.value ? QLocale().toString(*value.value, 'g', 12) : QString());
    m_date->setDate(value.date.isValid() ? value.date : noDate);
}

std::optional<DatedValue> DatedValueEdit::value() const
{
    DatedValue out;
    const QString text = m_number->text().trimmed();
    if (!text.isEmpty()) {
        bool ok = false;
        double number = QLocale().toDouble(text, &ok);
        if (!ok)
            number = text.toDouble(&ok);
        if (!ok)
            return std::nullopt;
        out.value = number;
    }
    if (m_date->date() != noDate)
        out.date = m_date->date();
    return out;
}

} // namespace el
