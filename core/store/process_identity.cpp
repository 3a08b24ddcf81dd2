#include "store/process_identity.h"

#include <QCoreApplication>
#include <QFile>
#include <QSysInfo>

#ifdef Q_OS_UNIX
#include <cerrno>
#include <csignal>
#include <sys/types.h>
#endif

namespace tidemark::store {

namespace {

#ifdef Q_OS_LINUX
QString bootId()
{
    static const QString id = [] {
        QFile file(QStringLiteral("/proc/sys/kernel/random/boot_id"));
        if (!file.open(QIODevice::ReadOnly))
            return QString();
        return QString::fromLatin1(file.readAll()).trimmed();
    }();
    return id;
}

struct ProcStat
{
    bool exists = false;
    bool zombie = false;
    QString startTime; // clock ticks after boot
};

// /proc/<pid>/stat: "pid (comm) state ppid ... starttime ..." where comm may hold spaces and
// parentheses, so the fields are counted after the last ')'. starttime is field 22.
ProcStat procStat(qint64 pid)
{
    ProcStat stat;
    QFile file(QStringLiteral("/proc/%1/stat").arg(pid));
    if (!file.open(QIODevice::ReadOnly))
        return stat;
    const QByteArray line = file.readAll();
    const qsizetype close = line.lastIndexOf(')');
    if (close < 0)
        return stat;
    const QList<QByteArray> fields = line.mid(close + 1).simplified().split(' ');
    stat.exists = true;
    if (!fields.isEmpty())
        stat.zombie = fields.first() == "Z" || fields.first() == "X";
    if (fields.size() > 19)
        stat.startTime = QString::fromLatin1(fields.at(19));
    return stat;
}
#endif

QString machineId()
{
    const QByteArray id = QSysInfo::machineUniqueId();
    return id.isEmpty() ? QSysInfo::machineHostName() : QString::fromLatin1(id);
}

} // namespace

ProcessIdentity currentProcess()
{
    ProcessIdentity me;
    me.host = QSysInfo::machineHostName();
    me.machine = machineId();
    me.pid = QCoreApplication::applicationPid();
#ifdef Q_OS_LINUX
    me.process = bootId() + QLatin1Char('/') + procStat(me.pid).startTime;
#endif
    return me;
}

Liveness processLiveness(const ProcessIdentity &owner)
{
    if (owner.pid <= 0)
        return Liveness::Gone; // written before owners were recorded
    if (owner.machine != machineId())
        return Liveness::Unknown;
#ifdef Q_OS_LINUX
    const QString boot = owner.process.section(QLatin1Char('/'), 0, 0);
    if (!owner.process.isEmpty() && boot != bootId())
        return Liveness::Gone; // the machine has restarted since
    const ProcStat stat = procStat(owner.pid);
    if (!stat.exists || stat.zombie)
        return Liveness::Gone;
    if (!owner.process.isEmpty() && stat.startTime != owner.process.section(QLatin1Char('/'), 1))
        return Liveness::Gone; // the pid now belongs to another process
    return Liveness::Alive;
#elif defined(Q_OS_UNIX)
    if (::kill(pid_t(owner.pid), 0) == -1 && errno == ESRCH)
        return Liveness::Gone;
    return Liveness::Alive;
#else
    return Liveness::Unknown;
#endif
}

} // namespace tidemark::store
