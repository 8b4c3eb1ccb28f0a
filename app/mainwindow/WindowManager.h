#pragma once
// Keeps the editor's windows: one window per open project. Opens files and the sample, reuses
// an untouched untitled window instead of piling up empty ones, and closes them all on Quit.
#include "sharing/DocumentSession.h"

#include <QList>
#include <QObject>
#include <memory>
#include <optional>

namespace el {

class Document;
class MainWindow;
class Prompts;
class RecentFiles;
class SessionPrompts;

class WindowManager : public QObject
{
    Q_OBJECT
public:
    explicit WindowManager(QObject *parent = nullptr);
    ~WindowManager() override;

    // Replaces the dialogs that ask and warn (tests answer them without blocking).
    void setPrompts(std::unique_ptr<Prompts> prompts);
    Prompts *prompts() const { return m_prompts.get(); }
    // The same for the questions about locks, changes on disk and recovery.
    void setSessionPrompts(std::unique_ptr<SessionPrompts> prompts);
    SessionPrompts *sessionPrompts() const { return m_sessionPrompts.get(); }
    // Where the working copies live (RecoveryStore::defaultFolder() unless a test says otherwise).
    void setRecoveryFolder(const QString &folder) { m_recoveryFolder = folder; }
    const QString &recoveryFolder() const { return m_recoveryFolder; }
    RecentFiles *recentFiles() const { return m_recentFiles; }
    QList<MainWindow *> windows() const { return m_windows; }

    // Shows a window for the document. When `replacing` is an untouched untitled window it is
    // closed and the new window takes its place.
    // The window's DocumentSession starts in `mode` (locks, read-only, watching the file).
    MainWindow *showDocument(std::unique_ptr<Document> document, MainWindow *replacing = nullptr,
                             DocumentSession::Mode mode = DocumentSession::Mode::Normal);

    // Each returns the window that shows the result, or nullptr after telling the user why not.
    MainWindow *newProject(MainWindow *from = nullptr);
    MainWindow *openFile(const QString &path, MainWindow *from = nullptr);
    MainWindow *importJson(const QString &path, MainWindow *from = nullptr);
    MainWindow *openSample(MainWindow *from = nullptr);

    // Closes every window, asking about unsaved changes; false when the user cancelled.
    bool closeAll();

private:
    struct HowToOpen
    {
        DocumentSession::Mode mode = DocumentSession::Mode::Normal;
        bool asCopy = false; // "Open a Copy": untitled
    };
    // Nothing when the user cancelled.
    std::optional<HowToOpen> askHowToOpen(const QString &path, MainWindow *from);
    MainWindow *findWindow(const QString &path) const;

    std::unique_ptr<Prompts> m_prompts;
    std::unique_ptr<SessionPrompts> m_sessionPrompts;
    QString m_recoveryFolder;
    RecentFiles *m_recentFiles;
    QList<MainWindow *> m_windows;
};

} // namespace el
