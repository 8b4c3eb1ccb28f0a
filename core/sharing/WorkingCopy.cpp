#include "sharing/WorkingCopy.h"

#include "document/Document.h"
#include "sharing/RecoveryEntry.h"
#include "storage/ProjectFile.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QSaveFile>
#include <QSysInfo>
#include <QUuid>

namespace el {

WorkingCopy::WorkingCopy(Document *document, const QString &folder, QObject *parent)
    : QObject(parent)
    , m_document(document)
    , m_writer([](const Project &project, const QString &path) {
        return ProjectFile::save(project, path);
    })
{
    const QString id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    const QDir dir(folder);
    m_copyPath = dir.filePath(id + RecoveryEntry::copySuffix());
    m_sidecarPath = dir.filePath(id + RecoveryEntry::sidecarSuffix());

    // Several changes in one turn of the event loop (one command touching many nodes) become one
    // write.
    m_pending.setSingleShot(true);
    m_pending.setInterval(0);
    connect(&m_pending, &QTimer::timeout, this, &WorkingCopy::commitPending);
    connect(document->project(), &Project::contentChanged, this, &WorkingCopy::changed);
    connect(document, &Document::modifiedChanged, this, [this](bool modified) {
        // Saved, or undone back to what is saved: nothing is left to recover.
        if (!modified)
            discard();
    });
    connect(document, &Document::filePathChanged, this, [this] {
        if (m_hasCopy)
            (void)writeSidecar();
    });
}

WorkingCopy::~WorkingCopy() = default;

void WorkingCopy::changed()
{
    ++m_changes;
    m_lastChanged = QDateTime::currentDateTimeUtc();
    m_pending.start();
}

void WorkingCopy::commitPending()
{
    if (!m_document->isModified())
        return;
    if (auto ok = commitNow(); !ok)
        Q_EMIT failed(ok.error());
}

Result<> WorkingCopy::commitNow()
{
    m_pending.stop();
    if (!m_lastChanged.isValid())
        m_lastChanged = QDateTime::currentDateTimeUtc();
    if (!QDir().mkpath(QFileInfo(m_copyPath).absolutePath()))
        return failure(tr("Your changes could not be kept safe in %1: the folder could not be "
                          "made. Save your work now.")
                           .arg(QDir::toNativeSeparators(QFileInfo(m_copyPath).absolutePath())));
    if (auto ok = m_writer(*m_document->project(), m_copyPath); !ok)
        return failure(tr("Your changes could not be kept safe in the working copy: %1 Save your "
                          "work now.")
                           .arg(ok.error()));
    m_hasCopy = true;
    if (auto ok = writeSidecar(); !ok)
        return ok;
    Q_EMIT committed();
    return {};
}

Result<> WorkingCopy::writeSidecar()
{
    RecoveryEntry entry;
    entry.originalPath = m_document->filePath();
    entry.title = m_document->project()->title();
    entry.lastChanged = m_lastChanged;
    entry.changes = m_changes;
    entry.host = QSysInfo::machineHostName();
    entry.pid = QCoreApplication::applicationPid();
    QSaveFile file(m_sidecarPath);
    if (!file.open(QIODevice::WriteOnly) || file.write(entry.toJson()) < 0 || !file.commit())
        return failure(tr("Your changes could not be kept safe in the working copy (%1). Save "
                          "your work now.")
                           .arg(file.errorString()));
    return {};
}

void WorkingCopy::discard()
{
    m_pending.stop();
    // The sidecar goes first: a working copy without one is never offered for recovery.
    QFile::remove(m_sidecarPath);
    QFile::remove(m_copyPath);
    m_hasCopy = false;
    m_changes = 0;
    m_lastChanged = {};
}

} // namespace el
