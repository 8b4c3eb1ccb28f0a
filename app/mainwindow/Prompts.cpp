#include "mainwindow/Prompts.h"

#include <QFileDialog>
#include <QInputDialog>
#include <QMessageBox>

namespace el {

Prompts::SaveAnswer Prompts::askToSave(QWidget *parent, const QString &documentName)
{
    QMessageBox box(parent);
    box.setIcon(QMessageBox::Warning);
    box.setWindowTitle(QObject::tr("Unsaved changes"));
    box.setText(QObject::tr("Do you want to save the changes you made to \u201c%1\u201d?")
                    .arg(documentName));
    box.setInformativeText(QObject::tr("Your changes will be lost if you don't save them."));
    box.setStandardButtons(QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel);
    box.setDefaultButton(QMessageBox::Save);
    switch (box.exec()) {
    case QMessageBox::Save:
        return SaveAnswer::Save;
    case QMessageBox::Discard:
        return SaveAnswer::Discard;
    default:
        return SaveAnswer::Cancel;
    }
}

void Prompts::showError(QWidget *parent, const QString &title, const QString &message)
{
    QMessageBox box(parent);
    box.setIcon(QMessageBox::Warning);
    box.setWindowTitle(title);
    box.setText(title);
    box.setInformativeText(message);
    box.exec();
}

std::optional<QString> Prompts::askJustification(QWidget *parent, const QString &finding)
{
    bool ok = false;
    const QString text = QInputDialog::getMultiLineText(
        parent, QObject::tr("Accept this finding"),
        QObject::tr("%1\n\nWhy does the team accept this? The reason is kept in the project and "
                    "shown in the report.")
            .arg(finding),
        QString(), &ok);
    if (!ok || text.trimmed().isEmpty())
        return std::nullopt;
    return text.trimmed();
}

QString Prompts::askOpenFileName(QWidget *parent, const QString &caption, const QString &filter)
{
    return QFileDialog::getOpenFileName(parent, caption, QString(), filter);
}

QString Prompts::askSaveFileName(QWidget *parent, const QString &caption, const QString &suggestion,
                                 const QString &filter)
{
    return QFileDialog::getSaveFileName(parent, caption, suggestion, filter);
}

} // namespace el
