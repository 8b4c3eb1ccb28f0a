#pragma once
// At start-up, offers the work that earlier sessions left unsaved (RecoveryStore) in the
// recovery dialog and carries out the choices: Recover opens it as a changed document at its
// original path, Save As writes it to a file, Discard throws it away.
#include "sharing/RecoveryStore.h"

#include <QObject>

namespace el {

class MainWindow;
class WindowManager;

class StartupRecovery : public QObject
{
    Q_OBJECT
public:
    explicit StartupRecovery(WindowManager *manager);

    // Shows the dialog when there is anything to recover; false when there was nothing.
    bool run();

    // Each carries out one choice; true when the entry is dealt with.
    MainWindow *recover(const RecoveryEntry &entry);
    bool saveAs(const RecoveryEntry &entry);
    void discard(const RecoveryEntry &entry);

private:
    WindowManager *m_manager;
    RecoveryStore m_store;
};

} // namespace el
