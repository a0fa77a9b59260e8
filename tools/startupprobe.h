#pragma once

class QCoreApplication;

namespace vpw {

// The startup benchmark's probe (scripts/bench.sh, docs/performance.md). Does nothing unless
// the environment variable VPW_STARTUP_PROBE holds the launcher's CLOCK_REALTIME in
// nanoseconds, taken just before it started this process. Then, once the first top-level
// window has been exposed and painted, it prints one line to stderr
//     vpw-startup-probe ms=<since launch> cpu-ms=<CPU time of all threads> maxrss-kb=<peak RSS>
// and quits the application (exit code 0); with VPW_PROBE_HARD_EXIT set it ends the process at
// once instead (_exit), so that a profiler sees only the startup. With VPW_STARTUP_SETTLE_MS
// set, it waits that long after the first frame, prints
//     vpw-startup-settled maxrss-kb=<peak RSS>
// and only then quits: the memory once the work after the first frame has run. With
// VPW_PROBE_SMAPS=<path> it also copies /proc/self/smaps to <path> at the first frame (and to
// <path>.settled at the second line), to see where the memory is (docs/performance.md). QtCore
// only: usable by any executable.
void installStartupProbe(QCoreApplication &app);

} // namespace vpw
