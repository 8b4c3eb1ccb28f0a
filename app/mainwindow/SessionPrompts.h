#pragma once
// The questions about sharing and safety that the editor puts to the user (someone else has the
// file open, it changed on disk, work to recover) and the hand-over to the mail program, behind
// one interface so that tests can answer without a modal dialog or a program starting.
#include "sharing/LockFile.h"

#include <QString>
#include <QStringList>

class QUrl;
class QWidget;

namespace el {

class RecoveryDialog;

class SessionPrompts
{
public:
    enum class LockAnswer { ReadOnly, Copy, Anyway, Cancel };
    enum class DiskAnswer { Reload, KeepMine };

    virtual ~SessionPrompts() = default;

    // "NAME is open on another computer": who, where, since when; what to do.
    virtual LockAnswer askLocked(QWidget *parent, const QString &path, const LockInfo &holder);
    // Another program replaced the file we have open.
    virtual DiskAnswer askChangedOnDisk(QWidget *parent, const QString &path);
    // Shows the recovery dialog and returns when the user has finished with it.
    virtual void runRecovery(RecoveryDialog *dialog);
    virtual void showInformation(QWidget *parent, const QString &title, const QString &message);
    // Starts another program and does not wait for it; false when it could not be started.
    virtual bool startProgram(const QString &program, const QStringList &arguments);
    // Opens a folder or file the way the system opens it (a file manager for a folder).
    virtual bool openUrl(const QUrl &url);
};

} // namespace el
