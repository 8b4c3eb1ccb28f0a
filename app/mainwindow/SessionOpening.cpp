// WindowManager's question before opening a file that someone else has open.
#include "mainwindow/MainWindow.h"
#include "mainwindow/SessionPrompts.h"
#include "mainwindow/WindowManager.h"

#include <QFileInfo>

namespace el {

std::optional<WindowManager::HowToOpen> WindowManager::askHowToOpen(const QString &path,
                                                                    MainWindow *from)
{
    HowToOpen how;
    // JSON files open as untitled documents: nothing to lock.
    if (QFileInfo(path).suffix().compare(QLatin1String("json"), Qt::CaseInsensitive) == 0)
        return how;
    const auto check = DocumentSession::check(path);
    if (!check.heldBy)
        return how;
    switch (m_sessionPrompts->askLocked(from, QFileInfo(path).absoluteFilePath(), *check.heldBy)) {
    case SessionPrompts::LockAnswer::ReadOnly:
        how.mode = DocumentSession::Mode::ReadOnly;
        return how;
    case SessionPrompts::LockAnswer::Copy:
        how.asCopy = true;
        return how;
    case SessionPrompts::LockAnswer::Anyway:
        how.mode = DocumentSession::Mode::Anyway;
        return how;
    case SessionPrompts::LockAnswer::Cancel:
        break;
    }
    return std::nullopt;
}

} // namespace el
