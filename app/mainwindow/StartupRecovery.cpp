#include "mainwindow/StartupRecovery.h"

#include "dialogs/RecoveryDialog.h"
#include "document/Document.h"
#include "mainwindow/DocumentIO.h"
#include "mainwindow/MainWindow.h"
#include "mainwindow/Prompts.h"
#include "mainwindow/SessionController.h"
#include "mainwindow/SessionPrompts.h"
#include "mainwindow/WindowManager.h"
#include "sharing/WorkingCopy.h"

#include <QDir>
#include <QFileInfo>
#include <QStandardPaths>

namespace el {

StartupRecovery::StartupRecovery(WindowManager *manager)
    : QObject(manager)
    , m_manager(manager)
    , m_store(manager->recoveryFolder())
{}

bool StartupRecovery::run()
{
    const QList<RecoveryEntry> entries = m_store.entries();
    if (entries.isEmpty())
        return false;
    RecoveryDialog dialog(entries);
    connect(&dialog, &RecoveryDialog::chosen, this,
            [this, &dialog](const RecoveryEntry &entry, RecoveryDialog::Choice choice) {
                bool done = true;
                switch (choice) {
                case RecoveryDialog::Choice::Recover:
                    done = recover(entry) != nullptr;
                    break;
                case RecoveryDialog::Choice::SaveAs:
                    done = saveAs(entry);
                    break;
                case RecoveryDialog::Choice::Discard:
                    discard(entry);
                    break;
                }
                if (done)
                    dialog.remove(entry);
            });
    m_manager->sessionPrompts()->runRecovery(&dialog);
    return true;
}

MainWindow *StartupRecovery::recover(const RecoveryEntry &entry)
{
    auto project = m_store.recover(entry);
    if (!project) {
        m_manager->prompts()->showError(
            nullptr, tr("The work could not be recovered"),
            tr("%1\n\nTry Save As instead, or Discard it.").arg(project.error()));
        return nullptr;
    }
    auto document = std::make_unique<Document>(std::move(*project));
    if (!entry.originalPath.isEmpty())
        document->setFilePath(entry.originalPath);
    Document *opened = document.get();
    MainWindow *window = m_manager->showDocument(std::move(document));
    // Unsaved, as it was before: Save writes the original file.
    opened->undoStack()->resetClean();
    // The old working copy goes only once the new one holds the same work.
    if (auto ok = window->session()->session()->workingCopy()->commitNow(); !ok) {
        window->showStatus(ok.error());
        return window;
    }
    m_store.discard(entry);
    window->showStatus(tr("Recovered %1. Save it to keep the changes.").arg(entry.displayName()));
    return window;
}

bool StartupRecovery::saveAs(const RecoveryEntry &entry)
{
    QString suggestion = entry.originalPath;
    if (suggestion.isEmpty()) {
        const QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
        suggestion = QDir(folder).filePath(entry.displayName() + QStringLiteral(".eqlm"));
    }
    QString path = m_manager->prompts()->askSaveFileName(
        nullptr, tr("Save Recovered Work As"), suggestion, tr("Equity Logic projects (*.eqlm)"));
    if (path.isEmpty())
        return false;
    if (QFileInfo(path).suffix().isEmpty())
        path += QStringLiteral(".eqlm");
    if (auto ok = m_store.saveAs(entry, path); !ok) {
        m_manager->prompts()->showError(nullptr, tr("The recovered work was not saved"),
                                        ok.error());
        return false;
    }
    return true;
}

void StartupRecovery::discard(const RecoveryEntry &entry)
{
    m_store.discard(entry);
}

} // namespace el
