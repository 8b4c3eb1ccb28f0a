#include "mainwindow/ShareByEmail.h"

#include "document/Document.h"
#include "mainwindow/MainWindow.h"
#include "mainwindow/Prompts.h"
#include "mainwindow/SessionPrompts.h"
#include "mainwindow/WindowManager.h"
#include "sharing/ShareCopy.h"

#include <QAction>
#include <QDir>
#include <QFileInfo>
#include <QStandardPaths>
#include <QUrl>

namespace el {

ShareByEmail::ShareByEmail(MainWindow *window, QObject *parent)
    : QObject(parent)
    , m_window(window)
    , m_action(new QAction(tr("Share by &Email\u2026"), this))
    , m_outbox(ShareCopy::defaultOutbox())
{
    m_action->setObjectName(QStringLiteral("ShareByEmail"));
    m_action->setToolTip(tr("Send a copy of this project to someone by email"));
    connect(m_action, &QAction::triggered, this, [this] { share(); });
}

QString ShareByEmail::share()
{
    const auto copy = ShareCopy::write(*m_window->document()->project(), m_outbox);
    WindowManager *manager = m_window->manager();
    if (!copy) {
        manager->prompts()->showError(m_window, tr("The copy to share could not be made"),
                                      copy.error());
        return {};
    }
    const QString path = *copy;
    // xdg-email opens the user's mail program with the file attached (Linux and other
    // freedesktop systems). Elsewhere there is no portable way: show the file instead.
    const QString xdgEmail = QStandardPaths::findExecutable(QStringLiteral("xdg-email"));
    if (!xdgEmail.isEmpty()
        && manager->sessionPrompts()->startProgram(xdgEmail, {QStringLiteral("--attach"), path})) {
        m_window->showStatus(
            tr("Your mail program opens with %1 attached.").arg(QFileInfo(path).fileName()));
        return path;
    }
    const QString folder = QFileInfo(path).absolutePath();
    manager->sessionPrompts()->openUrl(QUrl::fromLocalFile(folder));
    manager->sessionPrompts()->showInformation(
        m_window, tr("A copy is ready to send"),
        tr("The copy \u201c%1\u201d is in the folder %2, which has been opened for you.\n\nStart "
           "a new email in your mail program, attach this file (or drag it into the email) and "
           "send it. The copy is complete: the person you send it to can open it in Equity "
           "Logic.")
            .arg(QFileInfo(path).fileName(), QDir::toNativeSeparators(folder)));
    return path;
}

} // namespace el
