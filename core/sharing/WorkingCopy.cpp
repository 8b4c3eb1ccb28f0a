#include "sharing/WorkingCopy.h"

#include "document/Document.h"
#include "storage/ProjectFile.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QMutex>
#include <QSaveFile>
#include <QSysInfo>
#include <QUuid>
#include <algorithm>
#include <atomic>
#include <vector>

namespace el {

// One write: the project's values as they were when it was taken, and what became of them.
struct WorkingCopy::Job
{
    ProjectMeta meta;
    std::vector<ModelData> models;
    QList<Waiver> waivers;
    RecoveryEntry entry;
    Writer writer;
    Result<> result;
    std::atomic<bool> cancelled = false;
};

namespace {

QMutex instancesMutex;
std::vector<const WorkingCopy *> &instances()
{
    static std::vector<const WorkingCopy *> all;
    return all;
}

} // namespace

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
    m_worker.setMaxThreadCount(1);
    {
        const QMutexLocker lock(&instancesMutex);
        instances().push_back(this);
    }

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
        if (m_job) {
            // The sidecar being written names the old file: write both again afterwards.
            m_dirty = true;
        } else if (m_hasCopy) {
            RecoveryEntry entry = m_written;
            entry.originalPath = m_document->filePath();
            if (writeSidecar(entry))
                m_written = entry;
        }
    });
}

WorkingCopy::~WorkingCopy()
{
    m_pending.stop();
    // Like a crash, the files stay; but a write in progress finishes first (copy and sidecar).
    m_worker.waitForDone();
    m_job.reset();
    m_dirty = false;
    const QMutexLocker lock(&instancesMutex);
    auto &all = instances();
    all.erase(std::remove(all.begin(), all.end(), this), all.end());
}

int WorkingCopy::busyCount()
{
    const QMutexLocker lock(&instancesMutex);
    const auto &all = instances();
    return static_cast<int>(std::count_if(all.begin(), all.end(),
                                          [](const WorkingCopy *copy) { return copy->isBusy(); }));
}

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
    if (m_job) {
        // Written as the latest state once the write in progress has finished.
        m_dirty = true;
        return;
    }
    startWrite();
}

std::shared_ptr<WorkingCopy::Job> WorkingCopy::snapshot() const
{
    auto job = std::make_shared<Job>();
    const Project &project = *m_document->project();
    job->meta = project.meta();
    job->models.reserve(static_cast<size_t>(project.modelCount()));
    for (const LogicModel *model : project.models())
        job->models.push_back(model->data());
    job->waivers = project.waivers();
    job->entry.copyPath = m_copyPath;
    job->entry.sidecarPath = m_sidecarPath;
    job->entry.originalPath = m_document->filePath();
    job->entry.title = project.title();
    job->entry.lastChanged
        = m_lastChanged.isValid() ? m_lastChanged : QDateTime::currentDateTimeUtc();
    job->entry.changes = m_changes;
    job->entry.host = QSysInfo::machineHostName();
    job->entry.pid = QCoreApplication::applicationPid();
    job->writer = m_writer;
    return job;
}

void WorkingCopy::startWrite()
{
    m_dirty = false;
    auto job = snapshot();
    m_job = job;
    m_worker.start([this, job] {
        run(*job);
        // Dropped if this object is gone by then; the destructor waits for this function.
        QMetaObject::invokeMethod(
            this, [this, job] { finishWrite(job, true); }, Qt::QueuedConnection);
    });
}

void WorkingCopy::run(Job &job)
{
    const QString folder = QFileInfo(job.entry.copyPath).absolutePath();
    if (!QDir().mkpath(folder)) {
        job.result = failure(tr("Your changes could not be kept safe in %1: the folder could not "
                                "be made. Save your work now.")
                                 .arg(QDir::toNativeSeparators(folder)));
        return;
    }
    Project project;
    project.setMeta(job.meta);
    for (ModelData &model : job.models)
        project.insertModel(std::move(model));
    project.setWaivers(job.waivers);
    if (job.cancelled)
        return;
    if (auto ok = job.writer(project, job.entry.copyPath); !ok) {
        job.result = failure(tr("Your changes could not be kept safe in the working copy: %1 Save "
                                "your work now.")
                                 .arg(ok.error()));
        return;
    }
    // The sidecar follows its copy, so it never counts changes the copy does not hold.
    if (!job.cancelled)
        job.result = writeSidecar(job.entry);
}

void WorkingCopy::finishWrite(const std::shared_ptr<Job> &job, bool next)
{
    if (!job || job != m_job)
        return; // already handled (waited for), or thrown away by discard()
    m_job.reset();
    if (!job->result) {
        Q_EMIT failed(job->result.error());
    } else {
        m_hasCopy = true;
        m_written = job->entry;
        Q_EMIT committed();
    }
    if (next && m_dirty && !m_job) {
        m_dirty = false;
        if (m_document->isModified())
            startWrite();
    }
}

void WorkingCopy::waitForWrite()
{
    if (!m_job)
        return;
    m_worker.waitForDone();
    finishWrite(m_job, false);
}

Result<> WorkingCopy::commitNow()
{
    m_pending.stop();
    waitForWrite();
    m_dirty = false;
    auto job = snapshot();
    run(*job);
    if (!job->result)
        return job->result;
    m_hasCopy = true;
    m_written = job->entry;
    Q_EMIT committed();
    return {};
}

Result<> WorkingCopy::writeSidecar(const RecoveryEntry &entry)
{
    QSaveFile file(entry.sidecarPath);
    if (!file.open(QIODevice::WriteOnly) || file.write(entry.toJson()) < 0 || !file.commit())
        return failure(tr("Your changes could not be kept safe in the working copy (%1). Save "
                          "your work now.")
                           .arg(file.errorString()));
    return {};
}

void WorkingCopy::discard()
{
    m_pending.stop();
    m_dirty = false;
    if (m_job) {
        // Nothing more is written for it; what it has written already goes below.
        m_job->cancelled = true;
        m_worker.waitForDone();
        m_job.reset();
    }
    // The sidecar goes first: a working copy without one is never offered for recovery.
    QFile::remove(m_sidecarPath);
    QFile::remove(m_copyPath);
    m_hasCopy = false;
    m_changes = 0;
    m_lastChanged = {};
    m_written = {};
}

} // namespace el
