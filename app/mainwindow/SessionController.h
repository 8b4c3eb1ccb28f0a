#pragma once
// Keeps one window's document safe: its DocumentSession (lock, working copy, watch on the file),
// saving through it, the read-only banner, the question when another program changed the file,
// and the working copy's failures in the status bar (once).
#include "sharing/DocumentSession.h"
#include "util/Result.h"

#include <QObject>

class QAction;

namespace el {

class MainWindow;
class ReadOnlyBar;
class ShareByEmail;

class SessionController : public QObject
{
    Q_OBJECT
public:
    SessionController(MainWindow *window, const QString &recoveryFolder);

    DocumentSession *session() const { return m_session; }
    ReadOnlyBar *readOnlyBar() const { return m_bar; }
    QAction *shareAction() const;

    // Takes the lock (as the mode says) and starts watching the file; the window is shown.
    void start(DocumentSession::Mode mode = DocumentSession::Mode::Normal);
    // Save in place when `path` is the document's own file, Save As otherwise.
    Result<> saveTo(const QString &path);
    // The window closes cleanly (saved, or changes thrown away).
    void close();

private:
    void updateReadOnly();
    void changedOnDisk();
    void reload();

    MainWindow *m_window;
    DocumentSession *m_session;
    ReadOnlyBar *m_bar;
    ShareByEmail *m_share;
    bool m_failureShown = false;
    bool m_asking = false;
};

} // namespace el
