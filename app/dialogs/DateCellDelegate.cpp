#include "dialogs/DateCellDelegate.h"

#include <QDateEdit>

namespace el {

namespace {
const QString dateFormat = QStringLiteral("yyyy-MM-dd");
} // namespace

QString DateCellDelegate::displayText(const QVariant &value, const QLocale &locale) const
{
    if (value.typeId() == QMetaType::QDate)
        return value.toDate().toString(dateFormat);
    return QStyledItemDelegate::displayText(value, locale);
}

QWidget *DateCellDelegate::createEditor(QWidget *parent, const QStyleOptionViewItem &,
                                        const QModelIndex &) const
{
    auto *edit = new QDateEdit(parent);
    edit->setCalendarPopup(true);
    edit->setDisplayFormat(dateFormat);
    edit->setFrame(false);
    return edit;
}

void DateCellDelegate::setEditorData(QWidget *editor, const QModelIndex &index) const
{
    const QDate date = index.data(Qt::EditRole).toDate();
    static_cast<QDateEdit *>(editor)->setDate(date.isValid() ? date : QDate::currentDate());
}

void DateCellDelegate::setModelData(QWidget *editor, QAbstractItemModel *model,
                                    const QModelIndex &index) const
{
    model->setData(index, static_cast<QDateEdit *>(editor)->date(), Qt::EditRole);
}

} // namespace el
