#pragma once

// The SQL one side of a cross-database diff runs: the normalised row hash, checksums of key ranges,
// the sorted stream of keys and row hashes, and the rows of given keys. Every identifier goes
// through the dialect's quote(); text keys are bound, integers are written by us.

#include "diff/hash/keys.h"
#include "diff/hash/worker.h"
#include "warehouse/database.h"
#include "warehouse/dialect.h"
#include "warehouse/row_hash_spec.h"
#include "warehouse/table_name.h"

#include <QString>
#include <QVariantList>

#include <optional>
#include <utility>
#include <vector>

namespace tidemark::diff::hashdiff {

struct BoundSql
{
    QString sql;
    QVariantList values;
};

struct KeyColumn
{
    QString name;
    warehouse::ValueForm form; // text keys: read as their canonical text
    KeyKind kind = KeyKind::Text;
};

struct ValueColumn
{
    QString name;
    warehouse::ValueForm form; // how the value becomes canonical text (value_contract.h)
    bool foldCase = false; // the row hash lower-cases it (case-insensitive strings)
    bool nullAsEmpty = false; // the row hash reads NULL as '' (NULL equals empty string)
    // Hashed as PostgreSQL hashes its own type's value, without text (RowHashFunction
    // PostgresColumns): against SQLite integers, doubles, booleans and whole timestamps, which
    // SQLite's tidemark_rowhash() reproduces in C; against another PostgreSQL of the same version
    // every class its equality compares as itself.
    bool numericHash = false;
    // The side may hold values that are not of the class (counted by counts()).
    bool mayBeOdd = false;
};

// A partition of the key space: labels[0] is for keys below bounds[0], labels[i] for keys in
// [bounds[i-1], bounds[i]), labels.back() for keys from bounds.back() on. A label below 0 means
// "not wanted".
struct Cells
{
    std::vector<QByteArray> bounds;
    std::vector<int> labels;
};

// Cells of one width over a single integer key: a row's cell is (key - base) / width, from 0 to
// count - 1. Cheaper per row than a tree of boundaries, and without a limit on their number.
struct Grid
{
    qint64 base = 0;
    qint64 width = 1;
    qint64 count = 0;
};

// The cells of sorted, disjoint ranges[begin, end): each range labelled `label`, or with its index
// when `label` is below 0; the gaps between them are not wanted.
Cells cellsOf(const std::vector<KeyRange> &ranges, size_t begin, size_t end, int label);

// How rows are hashed: MD5 of the canonical texts (the same on every database), or the XOR of one
// PostgreSQL hash per column (PostgreSQL against PostgreSQL of one major version, against SQLite,
// whose tidemark_rowhash() computes it in C, and SQLite against SQLite): hashint8extended() and the
// like for values the class lets be hashed as themselves, hashtextextended() of canonical text
// for the rest.
enum class RowHashFunction { Md5, PostgresColumns };

class SideSql final
{
public:
    SideSql(const warehouse::Dialect &dialect, warehouse::TableName table,
            std::vector<KeyColumn> keys, std::vector<ValueColumn> values, QString where,
            RowHashFunction hash = RowHashFunction::Md5);

    // Session settings for the side's own connection: no JIT compilation of the large CASE
    // expressions (PostgreSQL spends seconds on it), memory for sorting the streams, fixed output
    // formats, so that two PostgreSQL servers print equal values alike, and with `serialScans` no
    // parallel workers (when both sides already scan at once on a machine of few cores).
    static QStringList sessionTuning(warehouse::Driver driver, bool serialScans);

    const KeyCodec &codec() const { return m_codec; }
    int keyCount() const { return int(m_keys.size()); }
    int valueCount() const { return int(m_values.size()); }
    const std::vector<ValueColumn> &values() const { return m_values; }

    // One row: rows that pass the filter, rows among them with a NULL key part, the smallest and
    // the largest key (single integer keys, else NULL), then for each value column with mayBeOdd
    // (in order) the values that are not of its class.
    BoundSql counts() const;
    // One row: for each value column with mayBeOdd, the values that are not of its class (the
    // rows that pass the filter); empty when there are none. Counted by counts() except on SQLite,
    // where the grid's scan counts them (tidemark_rowhash() does, read with tidemark_oddcounts():
    // value column i is argument keyCount() + i) or this statement does.
    BoundSql oddCounts() const;
    bool countsOddValues() const { return m_d.driver() != warehouse::Driver::SQLite; }

    // Keys (as the codec reads them) of about `fraction` of the rows, chosen at random.
    BoundSql sample(double fraction) const;
    // Rows (label, count, sum of row hashes as text) for every wanted cell that has rows.
    BoundSql checksums(const Cells &cells) const;
    // The grid's (cell, count, sum of row hashes as text) for every cell that has rows; SQLite:
    // one row holding them all, and the key's duplicates, as a blob (tidemark_cellsums, without
    // sorting the rows into groups).
    BoundSql gridChecksums(const Grid &grid) const;
    // Keys and row hash, ordered by key, of the rows in the cells labelled 1 (all rows: null).
    // `withValues`: each row also carries the columns of fetch() after the key (rowValues()).
    BoundSql stream(const Cells *members, bool withValues = false) const;
    // The same for the rows in the given cells of the grid.
    BoundSql stream(const Grid &grid, const std::vector<qint64> &cells,
                    bool withValues = false) const;
    // Keys (as the codec reads them), raw keys, raw values, canonical values of the given keys.
    BoundSql fetch(const std::vector<QByteArray> &keys) const;
    // A row's values from a fetch() row's (or a stream's) columns from `first` on.
    FetchedRow rowValues(const warehouse::Row &row, int first) const;

private:
    QString table() const;
    QString baseWhere() const;
    QString keySelect(int i) const; // what the client reads
    QString keyCompare(int i) const; // what orders and compares byte for byte
    QString keyHashText(int i) const;
    QString rowHash() const;
    QString valueHashText(const ValueColumn &column) const;
    // The argument of SQLite's tidemark_rowhash() for a value and its token (row_hash_spec.h).
    std::pair<QString, QString> hashArgument(const ValueColumn &column) const;
    QString postgresColumnsHash() const;
    QString keyTuple() const;
    QStringList oddSums() const;
    QString boundValue(KeyKind kind, const QVariant &part, QVariantList *values) const;
    QString boundTuple(const QByteArray &key, QVariantList *values) const;
    QString cellTree(const Cells &cells, int first, int last, QVariantList *values) const;
    QString gridOffset(const Grid &grid) const;
    QString gridCell(const Grid &grid) const;
    BoundSql streamWhere(const QString &condition, QVariantList values, bool withValues) const;
    QStringList rowValueColumns() const; // raw keys, raw values, canonical values
    QString canonical(const ValueColumn &column) const;

    const warehouse::Dialect &m_d;
    warehouse::TableName m_table;
    std::vector<KeyColumn> m_keys;
    std::vector<ValueColumn> m_values;
    QString m_where;
    RowHashFunction m_hash;
    KeyCodec m_codec;
};

// Whether a unique index (or primary key) without a predicate covers some of `keyColumns`, so
// that no key can occur twice. False when it cannot be told.
bool keysAreUnique(warehouse::Database &db, const warehouse::TableName &table,
                   const QStringList &keyColumns);

// A sum of row hashes as the databases return it (exact decimal, possibly negative, or modulo 2^64
// from SQLite), modulo 2^64.
quint64 parseHashSum(const QVariant &value);

} // namespace tidemark::diff::hashdiff
