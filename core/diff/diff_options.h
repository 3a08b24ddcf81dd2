#pragma once

// What to compare and how: the options of `tidemark-cli diff` and of a model's diff.

#include <QHash>
#include <QString>
#include <QStringList>

#include <cstdint>
#include <functional>

namespace tidemark::diff {

enum class Algorithm { Auto, Join, Hash };

struct Tolerance
{
    enum class Mode { Absolute, Relative };
    Mode mode = Mode::Absolute;
    double value = 0; // absolute: |a - b| <= value; relative (below 1): |a - b| <= value * |b|
};

struct Sampling
{
    bool enabled = false;
    double tolerance = 0.00001; // the share of rows with key errors that is acceptable
    double confidence = 99; // percent
    qint64 threshold = 1000000; // tables with fewer rows are not sampled
};

struct DiffOptions
{
    QStringList key; // key columns (composite keys: several)
    QStringList includeColumns; // empty: every column both sides have
    QStringList excludeColumns;
    // Also not compared: columns this says to ignore (the integration's "columns to ignore"
    // patterns); key columns are compared whatever it says.
    std::function<bool(const QString &column)> ignoreColumn;
    QString where; // SQL filter applied to both sides (the user's own SQL)
    Algorithm algorithm = Algorithm::Auto;
    QHash<QString, Tolerance> tolerances; // by lower-case column name
    int timestampPrecision = -1; // fractional digits compared; -1: exact
    bool caseInsensitiveStrings = false;
    bool nullEqualsEmptyString = false;
    int sampleSize = 10; // rows per sample
    qint64 limitDownload = 0; // rows brought to the client at most; 0: no limit
    int timeLimitSeconds = 0; // 0: no limit
    bool profiles = false; // per-column profiles (count, nulls, distinct, min, max, mean)
    Sampling sampling;
    // Cross-database diff: how many ranges a differing range splits into, and below how many rows
    // a range is compared row by row instead of split again.
    int bisectionFactor = 32;
    qint64 bisectionThreshold = 16384;
};

} // namespace tidemark::diff
