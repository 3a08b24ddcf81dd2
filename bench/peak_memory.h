#pragma once

// The memory of the running process as the kernel counts it (Linux: /proc/self/status).

namespace tidemark::bench {

// Peak resident set size so far (VmHWM), in KiB; -1 when it cannot be read.
long peakRssKiB();
// Current resident set size (VmRSS), in KiB; -1 when it cannot be read.
long currentRssKiB();

} // namespace tidemark::bench
