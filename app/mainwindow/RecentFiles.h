#pragma once
// The list of recently opened project files, newest first, kept in the settings so it survives
// a restart and is shared by every window.
#include <QObject>
#include <QStringList>

namespace el {

class RecentFiles : public QObject
{
    Q_OBJECT
public:
    static constexpr int maximum = 10;

    explicit RecentFiles(QObject *parent = nullptr);

    QStringList files() const { return m_files; }
    void add(const QString &path);
    void remove(const QString &path);
    void clear();

Q_SIGNALS:
    void changed();

private:
    void store();

    QStringList m_files;
};

} // namespace el
