#pragma once

// Sampling for large tables: both sides are filtered to the same uniformly drawn subset of keys
// (a hash of the normalised key below a cut-off), the diff runs on the subset, and the per-column
// counts are extrapolated with confidence intervals.
//
// The sample size answers Datafold's question: how many rows must be looked at so that, if at
// least `tolerance` of the rows had a key problem (NULL, duplicate or exclusive), at least one
// would be seen with probability `confidence`: n = ln(1 - confidence) / ln(1 - tolerance).

#include "diff/diff_options.h"
#include "diff/diff_result.h"
#include "warehouse/database.h"
#include "warehouse/dialect.h"

#include <optional>

namespace tidemark::diff {

// The rows to draw for `sampling` (tolerance as a fraction, confidence in percent).
qint64 sampleSize(const Sampling &sampling);

// The share of rows to keep from a table of `rows` rows, or nothing when the table is too small
// to sample (below the threshold, or the sample would be most of it).
std::optional<double> sampleFraction(const Sampling &sampling, qint64 rows);

// A boolean SQL expression keeping about `fraction` of the rows, the same keys on every database.
QString sampleFilter(const warehouse::Dialect &dialect,
                     const std::vector<warehouse::ColumnInfo> &keys, double fraction);

// Wilson score interval for `successes` out of `trials` at `confidence` percent.
std::pair<double, double> wilsonInterval(qint64 successes, qint64 trials, double confidence);

// Adds `sampling` to the result: the extrapolated counts and their intervals.
void describeSample(DiffResult &result, const Sampling &sampling, double fraction,
                    qint64 totalRowsA, qint64 totalRowsB);

} // namespace tidemark::diff
