#include "dialogs/LockDialog.h"

#include <QDialogButtonBox>
#include <QFileInfo>
#include <QGridLayout>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QVBoxLayout>

namespace el {

LockDialog::LockDialog(const QString &path, const LockInfo &holder, QWidget *parent)
    : QDialog(parent)
{
    setWindowTitle(tr("Project already open"));
    setObjectName(QStringLiteral("LockDialog"));
    auto *layout = new QVBoxLayout(this);

    const QString who = holder.user.isEmpty() ? tr("Someone") : holder.user;
    const QString where = holder.host.isEmpty() ? tr("an unknown computer") : holder.host;
    const QString since = holder.since.isValid()
                              ? QLocale().toString(holder.since.toLocalTime(), QLocale::LongFormat)
                              : tr("an unknown time");
    auto *heading = new QLabel(tr("<b>\u201c%1\u201d is already open.</b>")
                                   .arg(QFileInfo(path).fileName().toHtmlEscaped()),
                               this);
    auto *details = new QLabel(tr("Who: %1\nComputer: %2\nSince: %3").arg(who, where, since), this);
    details->setObjectName(QStringLiteral("LockDetails"));
    details->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto *advice = new QLabel(tr("If you both save, one of you will overwrite the other's "
                                 "changes. Choose how to open it:"),
                              this);
    advice->setWordWrap(true);
    layout->addWidget(heading);
    layout->addWidget(details);
    layout->addWidget(advice);

    auto *choices = new QGridLayout;
    layout->addLayout(choices);
    const auto add
        = [&](const QString &text, const QString &explanation, SessionPrompts::LockAnswer answer) {
              QPushButton *button = addChoice(text, explanation, answer);
              const int row = choices->rowCount();
              choices->addWidget(button, row, 0);
              auto *label = new QLabel(explanation, this);
              label->setWordWrap(true);
              choices->addWidget(label, row, 1);
              return button;
          };
    add(tr("Open &Read-Only"),
        tr("Look at it without changing the file; Save As keeps any changes in a new file."),
        SessionPrompts::LockAnswer::ReadOnly)
        ->setDefault(true);
    add(tr("Open a &Copy"), tr("Work on an untitled copy of it; you choose where to save it."),
        SessionPrompts::LockAnswer::Copy);
    add(tr("Open &Anyway"),
        tr("Only if you are sure nobody is using it (for example they forgot to close it)."),
        SessionPrompts::LockAnswer::Anyway);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    m_buttons.append(
        {SessionPrompts::LockAnswer::Cancel, buttons->button(QDialogButtonBox::Cancel)});
    layout->addWidget(buttons);
}

QPushButton *LockDialog::addChoice(const QString &text, const QString &explanation,
                                   SessionPrompts::LockAnswer answer)
{
    auto *button = new QPushButton(text, this);
    button->setToolTip(explanation);
    button->setWhatsThis(explanation);
    connect(button, &QPushButton::clicked, this, [this, answer] {
        m_answer = answer;
        accept();
    });
    m_buttons.append({answer, button});
    return button;
}

QPushButton *LockDialog::button(SessionPrompts::LockAnswer answer) const
{
    for (const auto &[a, button] : m_buttons)
        if (a == answer)
            return button;
    return nullptr;
}

} // namespace el
