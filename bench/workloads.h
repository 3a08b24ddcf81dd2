#pragma once

// The two measured workloads, each run in a child process of its own so that its peak memory is
// its own. Each prints its figures to stdout as "key=value" lines: wall_ms (the work only, not the
// process start), peak_rss_kib, start_rss_kib and counts that prove the work was done.

#include <QString>

namespace tidemark::bench {

// The floor: nlohmann::json::parse of both files, each read from disk; the first document is kept
// while the second is parsed, as a comparison needs both.
int runFloor(const QString &fileA, const QString &fileB);

// Tidemark: loadManifest of both files, planChanges(base, pr) and the LineageGraph of each side.
int runTidemark(const QString &fileA, const QString &fileB);

} // namespace tidemark::bench
