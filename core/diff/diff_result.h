#pragma once

// The result of a diff as a plain value with a JSON round trip; the JSON's required fields are the
// contract of CLI.md (`tidemark-cli diff`). A = the first table (production), B = the second (PR).

#include "common/expected.h"

#include <nlohmann/json.hpp>

#include <QString>
#include <QStringList>

#include <vector>

namespace tidemark::diff {

struct RowCounts
{
    qint64 a = 0;
    qint64 b = 0;
    qint64 exclusiveA = 0;
    qint64 exclusiveB = 0;
    qint64 updated = 0;
    qint64 unchanged = 0;
};

struct KeyIssues
{
    qint64 nullA = 0; // rows whose key has a NULL part
    qint64 nullB = 0;
    qint64 duplicateA = 0; // distinct key values that occur more than once
    qint64 duplicateB = 0;
    qint64 duplicateRowsA = 0; // rows that carry those keys
    qint64 duplicateRowsB = 0;
};

struct TypeChange
{
    QString column;
    QString a;
    QString b;
};

struct SchemaDiff
{
    QStringList onlyA;
    QStringList onlyB;
    std::vector<TypeChange> typeChanged;
    bool orderChanged = false; // the shared columns stand in another order
    int columnsA = 0;
    int columnsB = 0;
};

struct ColumnDiff
{
    QString name;
    qint64 different = 0;
    double matchPct = 100;
    QString comparedAs; // how the values were compared (the value contract), e.g. "exact doubles"
};

struct ColumnProfile
{
    QString name;
    qint64 count = 0;
    qint64 nulls = 0;
    qint64 distinct = 0;
    nlohmann::json min;
    nlohmann::json max;
    nlohmann::json mean; // numbers only
};

struct DiffResult
{
    QString algorithm; // "join" or "hash"
    QStringList key;
    QString tableA;
    QString tableB;
    RowCounts rows;
    KeyIssues primaryKey;
    SchemaDiff schema;
    std::vector<ColumnDiff> columns; // compared non-key columns, sorted by name
    double matchScore = 0; // percent, Datafold's formula
    nlohmann::json samples = {{"exclusive_a", nlohmann::json::array()},
                              {"exclusive_b", nlohmann::json::array()},
                              {"updated", nlohmann::json::array()}};
    std::vector<ColumnProfile> profilesA;
    std::vector<ColumnProfile> profilesB;
    bool complete = true; // false when a limit stopped the diff early
    QStringList warnings;
    qint64 rowsDownloaded = 0;
    qint64 durationMs = 0;
    nlohmann::json sampling; // when sampled: sizes and the per-column estimates
    nlohmann::json hashStats; // hash diffs ("hash"): ranges compared and skipped, rows streamed

    nlohmann::json toJson() const;
    static Expected<DiffResult> fromJson(const nlohmann::json &json);
};

// Datafold's Match Score in percent: the share of cells that match.
double matchScore(const DiffResult &result);
// 100 * (matched - different) / matched, 100 when nothing matched.
double matchPercent(qint64 matched, qint64 different);

} // namespace tidemark::diff
