#include "mainwindow/SessionPrompts.h"

#include "dialogs/LockDialog.h"
#include "dialogs/RecoveryDialog.h"

#include <QDesktopServices>
#include <QFileInfo>
#include <QMessageBox>
#include <QProcess>
#include <QPushButton>
#include <QUrl>

namespace el {

SessionPrompts::LockAnswer SessionPrompts::askLocked(QWidget *parent, const QString &path,
                                                     const LockInfo &holder)
{
    LockDialog dialog(path, holder, parent);
    dialog.exec();
    return dialog.answer();
}

SessionPrompts::DiskAnswer SessionPrompts::askChangedOnDisk(QWidget *parent, const QString &path)
{
    QMessageBox box(parent);
    box.setIcon(QMessageBox::Warning);
    box.setWindowTitle(QObject::tr("Changed by another program"));
    box.setText(QObject::tr("\u201c%1\u201d was changed by another program while you had it open.")
                    .arg(QFileInfo(path).fileName()));
    box.setInformativeText(
        QObject::tr("Reload shows the file as it is now; your unsaved changes in this window are "
                    "lost. Keep Mine keeps your version and asks where to save it, so that "
                    "nothing is overwritten."));
    QPushButton *reload = box.addButton(QObject::tr("&Reload"), QMessageBox::DestructiveRole);
    QPushButton *keep = box.addButton(QObject::tr("&Keep Mine\u2026"), QMessageBox::AcceptRole);
    box.setDefaultButton(keep);
    box.setEscapeButton(keep);
    box.exec();
    return box.clickedButton() == reload ? DiskAnswer::Reload : DiskAnswer::KeepMine;
}

void SessionPrompts::runRecovery(RecoveryDialog *dialog)
{
    dialog->exec();
}

void SessionPrompts::showInformation(QWidget *parent, const QString &title, const QString &message)
{
    QMessageBox box(parent);
    box.setIcon(QMessageBox::Information);
    box.setWindowTitle(title);
    box.setText(title);
    box.setInformativeText(message);
    box.exec();
}

bool SessionPrompts::startProgram(const QString &program, const QStringList &arguments)
{
    return QProcess::startDetached(program, arguments);
}

bool SessionPrompts::openUrl(const QUrl &url)
{
    return QDesktopServices::openUrl(url);
}

} // namespace el
