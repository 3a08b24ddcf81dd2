#pragma once

// Who owns a running run, and whether that process is still there: the machine, the pid, and on
// Linux the boot id and the process's start time, so that a reused pid is not mistaken for it.

#include <QString>

namespace tidemark::store {

struct ProcessIdentity
{
    QString host; // host name
    QString machine; // machine id (falls back to the host name)
    qint64 pid = 0;
    QString process; // "<boot id>/<start time in clock ticks>" on Linux, empty elsewhere
};

ProcessIdentity currentProcess();

enum class Liveness { Alive, Gone, Unknown };

// Whether the process `owner` names still runs. Unknown for processes of other machines.
Liveness processLiveness(const ProcessIdentity &owner);

} // namespace tidemark::store
