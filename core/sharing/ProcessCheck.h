#pragma once
// Whether a process with a given id is running on this computer (for stale locks and working
// copies left by sessions that crashed).
#include <QtGlobal>

namespace el::ProcessCheck {

bool isRunning(qint64 pid);

} // namespace el::ProcessCheck
