#pragma once
// The private working copy of an open document, in the app's data folder: every change is written
// there at once (coalesced per turn of the event loop), so a crash loses nothing, while the
// user's own file changes only when they save. A small sidecar records where the document came
// from, when it last changed and how many changes it holds, for RecoveryStore.
#include "model/Project.h"
#include "util/Result.h"

#include <QDateTime>
#include <QObject>
#include <QTimer>
#include <functional>

namespace el {

class Document;

class WorkingCopy : public QObject
{
    Q_OBJECT
public:
    // How a project reaches the working copy file; ProjectFile::save unless a test says otherwise.
    using Writer = std::function<Result<>(const Project &, const QString &path)>;

    // Follows `document` from now on; its current state counts as saved. `folder` is where the
    // working copies live (RecoveryStore::defaultFolder() in the app).
    WorkingCopy(Document *document, const QString &folder, QObject *parent = nullptr);
    // Leaves the files in place: only discard() (a clean close) removes them.
    ~WorkingCopy() override;

    void setWriter(Writer writer) { m_writer = std::move(writer); }

    // Writes the document now (a recovered document does this before its first edit).
    Result<> commitNow();
    // The document was closed without unsaved changes, or its changes were thrown away.
    void discard();

    const QString &copyPath() const { return m_copyPath; }
    const QString &sidecarPath() const { return m_sidecarPath; }
    int changeCount() const { return m_changes; }
    QDateTime lastChanged() const { return m_lastChanged; }
    bool hasCopy() const { return m_hasCopy; }

Q_SIGNALS:
    void committed();
    // The working copy could not be written; the message says why (the app shows it once).
    void failed(const QString &message);

private:
    void changed();
    void commitPending();
    Result<> writeSidecar();

    Document *m_document;
    Writer m_writer;
    QTimer m_pending;
    QString m_copyPath;
    QString m_sidecarPath;
    int m_changes = 0;
    QDateTime m_lastChanged;
    bool m_hasCopy = false;
};

} // namespace el
