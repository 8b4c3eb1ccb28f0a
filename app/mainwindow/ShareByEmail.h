#pragma once
// File > Share by Email…: writes a compact copy named after the project and the date, then opens
// the mail program with it attached where the system allows (xdg-email on Linux and other
// freedesktop systems); elsewhere it shows the copy's folder with a short instruction.
#include <QObject>

class QAction;

namespace el {

class MainWindow;

class ShareByEmail : public QObject
{
    Q_OBJECT
public:
    ShareByEmail(MainWindow *window, QObject *parent);

    QAction *action() const { return m_action; }
    // Where the copies go (tests choose a folder of their own).
    void setOutbox(const QString &folder) { m_outbox = folder; }

    // Writes the copy and hands it over; returns the copy's path, empty when it failed.
    QString share();

private:
    MainWindow *m_window;
    QAction *m_action;
    QString m_outbox;
};

} // namespace el
