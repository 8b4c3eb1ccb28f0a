#include "dialogs/RecoveryDialog.h"

#include <QDialogButtonBox>
#include <QDir>
#include <QGridLayout>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QVBoxLayout>

namespace el {

RecoveryDialog::RecoveryDialog(const QList<RecoveryEntry> &entries, QWidget *parent)
    : QDialog(parent)
    , m_grid(new QGridLayout)
{
    setObjectName(QStringLiteral("RecoveryDialog"));
    setWindowTitle(tr("Recover Unsaved Work"));
    auto *layout = new QVBoxLayout(this);
    auto *intro = new QLabel(
        tr("<b>Equity Logic did not close properly last time.</b><br>These projects had changes "
           "that were not saved. Recover opens one so that you can look at it and save it; Save "
           "As writes it straight to a file; Discard throws the changes away."),
        this);
    intro->setWordWrap(true);
    layout->addWidget(intro);
    layout->addLayout(m_grid);

    m_grid->addWidget(new QLabel(tr("<b>Project</b>"), this), 0, 0);
    m_grid->addWidget(new QLabel(tr("<b>Last changed</b>"), this), 0, 1);
    m_grid->addWidget(new QLabel(tr("<b>Changes</b>"), this), 0, 2);
    for (const RecoveryEntry &entry : entries) {
        Row row;
        row.entry = entry;
        const int r = m_grid->rowCount();
        const QString changed
            = entry.lastChanged.isValid()
                  ? QLocale().toString(entry.lastChanged.toLocalTime(), QLocale::ShortFormat)
                  : tr("unknown");
        auto *name = new QLabel(entry.displayName(), this);
        if (!entry.originalPath.isEmpty())
            name->setToolTip(QDir::toNativeSeparators(entry.originalPath));
        else
            name->setToolTip(tr("Never saved"));
        auto *when = new QLabel(changed, this);
        auto *count = new QLabel(QLocale().toString(entry.changes), this);
        const QString changes = entry.changes == 1
                                    ? tr("1 change")
                                    : tr("%1 changes").arg(QLocale().toString(entry.changes));
        row.text = tr("%1, last changed %2, %3").arg(entry.displayName(), changed, changes);
        row.widgets << name << when << count;
        const QList<QPair<Choice, QString>> choices = {{Choice::Recover, tr("&Recover")},
                                                       {Choice::SaveAs, tr("&Save As\u2026")},
                                                       {Choice::Discard, tr("&Discard")}};
        for (const auto &[choice, text] : choices) {
            auto *button = new QPushButton(text, this);
            button->setAccessibleName(QStringLiteral("%1 %2").arg(text, entry.displayName()));
            connect(button, &QPushButton::clicked, this,
                    [this, entry, choice] { Q_EMIT chosen(entry, choice); });
            row.widgets << button;
        }
        for (int c = 0; c < row.widgets.size(); ++c)
            m_grid->addWidget(row.widgets.at(c), r, c);
        m_rows << row;
    }
    if (!m_rows.isEmpty())
        button(0, Choice::Recover)->setDefault(true);

    auto *buttons = new QDialogButtonBox(this);
    buttons->addButton(tr("Decide &Later"), QDialogButtonBox::RejectRole)
        ->setToolTip(tr("Keep these changes and ask again at the next start"));
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
}

QList<RecoveryEntry> RecoveryDialog::entries() const
{
    QList<RecoveryEntry> list;
    for (const Row &row : m_rows)
        list << row.entry;
    return list;
}

QPushButton *RecoveryDialog::button(int row, Choice choice) const
{
    if (row < 0 || row >= m_rows.size())
        return nullptr;
    return qobject_cast<QPushButton *>(m_rows.at(row).widgets.value(3 + int(choice)));
}

QString RecoveryDialog::rowText(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_rows.at(row).text : QString();
}

void RecoveryDialog::remove(const RecoveryEntry &entry)
{
    for (int i = 0; i < m_rows.size(); ++i) {
        if (m_rows.at(i).entry.sidecarPath != entry.sidecarPath)
            continue;
        for (QWidget *widget : m_rows.at(i).widgets)
            widget->deleteLater();
        for (QWidget *widget : m_rows.at(i).widgets)
            widget->hide();
        m_rows.removeAt(i);
        break;
    }
    if (m_rows.isEmpty())
        accept();
}

} // namespace el
