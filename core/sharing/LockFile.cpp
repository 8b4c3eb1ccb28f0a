#include "sharing/LockFile.h"

#include "sharing/ProcessCheck.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QSysInfo>
#include <QTemporaryFile>

namespace el {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("el::LockFile", text);
}

QString userName()
{
    for (const char *name : {"EL_USER_NAME", "USER", "USERNAME", "LOGNAME"}) {
        const QString value = qEnvironmentVariable(name);
        if (!value.isEmpty())
            return value;
    }
    return QDir::home().dirName();
}

// A lock larger than this is not one of ours; do not read it.
constexpr qint64 maxLockSize = 4096;

} // namespace

bool LockInfo::isOurs() const
{
    return host == QSysInfo::machineHostName() && pid == QCoreApplication::applicationPid();
}

bool LockInfo::isStale() const
{
    return host == QSysInfo::machineHostName() && !isOurs() && !ProcessCheck::isRunning(pid);
}

QString LockInfo::describe() const
{
    const QString who = user.isEmpty() ? tr("Someone") : user;
    const QString where = host.isEmpty() ? tr("an unknown computer") : host;
    if (!since.isValid())
        return tr("%1 on %2").arg(who, where);
    return tr("%1 on %2 since %3")
        .arg(who, where, QLocale().toString(since.toLocalTime(), QLocale::ShortFormat));
}

LockFile::LockFile(const QString &documentPath)
    : m_documentPath(documentPath)
    , m_lockPath(lockPathFor(documentPath))
{}

LockFile::~LockFile()
{
    unlock();
}

QString LockFile::lockPathFor(const QString &documentPath)
{
    const QFileInfo info(documentPath);
    return info.dir().filePath(QStringLiteral(".~lock.%1#").arg(info.fileName()));
}

LockInfo LockFile::currentLock()
{
    LockInfo info;
    info.user = userName();
    info.host = QSysInfo::machineHostName();
    info.pid = QCoreApplication::applicationPid();
    info.since = QDateTime::currentDateTimeUtc();
    return info;
}

std::optional<LockInfo> LockFile::read(const QString &documentPath)
{
    QFile file(lockPathFor(documentPath));
    if (!file.open(QIODevice::ReadOnly))
        return std::nullopt;
    LockInfo info;
    // A lock we cannot make sense of still means someone may have the file open.
    const QJsonObject json = QJsonDocument::fromJson(file.read(maxLockSize)).object();
    info.user = json.value(QLatin1String("user")).toString();
    info.host = json.value(QLatin1String("host")).toString();
    info.pid = json.value(QLatin1String("pid")).toInteger();
    info.since = QDateTime::fromString(json.value(QLatin1String("since")).toString(), Qt::ISODate);
    return info;
}

LockFile::Outcome LockFile::tryLock()
{
    m_holder.reset();
    m_reason.clear();
    if (const auto existing = read(m_documentPath)) {
        if (existing->isOurs()) {
            m_locked = true;
            return Outcome::Acquired;
        }
        if (!existing->isStale()) {
            m_holder = existing;
            return Outcome::HeldByOther;
        }
        return write(true);
    }
    return write(false);
}

LockFile::Outcome LockFile::forceLock()
{
    m_holder.reset();
    m_reason.clear();
    return write(true);
}

LockFile::Outcome LockFile::write(bool replace)
{
    const LockInfo info = currentLock();
    const QJsonObject json{{QStringLiteral("user"), info.user},
                           {QStringLiteral("host"), info.host},
                           {QStringLiteral("pid"), info.pid},
                           {QStringLiteral("since"), info.since.toString(Qt::ISODate)},
                           {QStringLiteral("app"), QStringLiteral("Equity Logic")}};
    // Written in full beside the document, then renamed into place: rename refuses to replace an
    // existing file, so two people opening at once cannot both win.
    QTemporaryFile temp(QFileInfo(m_lockPath).dir().filePath(QStringLiteral(".~lock.XXXXXX")));
    if (!temp.open() || temp.write(QJsonDocument(json).toJson(QJsonDocument::Compact)) < 0
        || !temp.flush()) {
        m_reason = tr("The folder cannot be written to (%1).").arg(temp.errorString());
        return Outcome::NotWritable;
    }
    temp.close();
    if (replace)
        QFile::remove(m_lockPath);
    if (!QFile::rename(temp.fileName(), m_lockPath)) {
        if (const auto existing = read(m_documentPath); existing && !existing->isOurs()) {
            m_holder = existing;
            return Outcome::HeldByOther;
        }
        m_reason = tr("The lock file could not be written.");
        return Outcome::NotWritable;
    }
    temp.setAutoRemove(false);
    m_locked = true;
    return Outcome::Acquired;
}

void LockFile::unlock()
{
    if (!m_locked)
        return;
    m_locked = false;
    // After someone chose "Open Anyway" the lock may be theirs now: leave it alone then.
    if (const auto existing = read(m_documentPath); existing && existing->isOurs())
        QFile::remove(m_lockPath);
}

} // namespace el
