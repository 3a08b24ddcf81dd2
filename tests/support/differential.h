#pragma once

// The differential harness of the value contract (docs/VALUE_CONTRACT.md): one logical table with
// a column of every type class and their edge values (NULLs, empty strings, integer extremes, -0.0,
// subnormal and 17-significant-digit doubles, years 1 and 9999, leap days, fractions of a second of
// 0 to 6 digits, decimals at their largest, combining marks, trailing spaces), generated from a
// seed, and a second version of it with random changes of every kind drawn into a change log.
// Each store keeps the table the way its engine does natively: PostgreSQL and MariaDB in their own
// types, SQLite in declared types and in the types CREATE TABLE AS gives (values as SQLite tables
// really hold them: text timestamps in several forms, 0/1 and 't'/'f' booleans, doubles in
// NUMERIC columns). The expected answer of every diff is the change log's tally, never a
// database's; a plain reference comparison of the logical rows checks the tally.
//
// A new engine or representation plugs in as another Store.

#include "common/expected.h"
#include "diff/diff_options.h"
#include "diff/diff_result.h"
#include "warehouse/database.h"

#include <QString>
#include <QStringList>

#include <array>
#include <optional>
#include <vector>

namespace tidemark::test::differential {

// The compared columns of the logical table, in the order of their names.
enum class Column { Day, Dbl, Dec, Flag, Num, Rate, Text, Ts };
constexpr int kColumns = 8;
const std::array<Column, kColumns> &allColumns();
// The column's name in every store ("Tëxt \"q\"" for the text column: quoting is part of it).
QString columnName(Column column);

struct LogicalRow
{
    qint64 id = 0;
    std::optional<QString> text;
    std::optional<qint64> num;
    std::optional<qint64> cents; // numeric(12,2), in hundredths
    std::optional<qint64> millionths; // numeric(12,6), in millionths
    std::optional<double> dbl;
    std::optional<qint64> ts; // microseconds since 1970-01-01 00:00 UTC
    std::optional<qint64> day; // days since 1970-01-01
    std::optional<bool> flag;
};

struct Change
{
    enum class Kind { Update, Delete, Insert };
    Kind kind = Kind::Update;
    qint64 id = 0;
    Column column = Column::Text; // updates
    QString what; // "dbl: next double", "ts: +1 µs", ...
};

struct Dataset
{
    std::vector<LogicalRow> a; // production
    std::vector<LogicalRow> b; // the pull request: a with the changes
    std::vector<Change> log;
};

Dataset generate(quint64 seed, int rows);

struct CompareOptions
{
    bool caseInsensitive = false;
    bool nullEqualsEmpty = false;
    int timestampPrecision = -1;
    std::optional<double> dblTolerance; // absolute
    std::optional<double> dblRelative; // relative to B's value
    QString name() const;
};

struct Expectation
{
    qint64 rowsA = 0;
    qint64 rowsB = 0;
    qint64 exclusiveA = 0;
    qint64 exclusiveB = 0;
    qint64 updated = 0;
    qint64 unchanged = 0;
    std::array<qint64, kColumns> different {};
};

// The change log's tally (default options: every logged change is a change).
Expectation fromChangeLog(const Dataset &data);
// The logical rows compared under the contract and `options` (independent of the tally).
Expectation reference(const Dataset &data, const CompareOptions &options);

enum class KeyKind { Integer, Text, Composite, Timestamp, Float };
QString keyKindName(KeyKind keys);
QStringList keyColumns(KeyKind keys);

// PostgreSQL in plain types and in others (unconstrained numeric, timestamptz, varchar); MariaDB;
// SQLite with declared types, with the types CREATE TABLE AS gives, and with text for dates,
// timestamps and a decimal (as Python's sqlite3 writes them).
enum class Store { Postgres, PostgresOther, MariaDb, SqliteTyped, SqliteCtas, SqliteText };
QString storeName(Store store);
warehouse::Driver driverOf(Store store);

// Creates `table` in `db` as `store` keeps it and writes the rows; `seed` draws the encodings of
// the values (SQLite's timestamp forms, ...), so that two stores of one engine may write one value
// differently.
Expected<void> write(warehouse::Database &db, Store store, const QString &table, KeyKind keys,
                     const std::vector<LogicalRow> &rows, quint64 seed);

diff::DiffOptions diffOptions(KeyKind keys, const CompareOptions &options);

// What differs between a diff's result and the expectation ("updated: 12, expected 13"); empty
// when nothing does. Also checks that every column says how it was compared.
QStringList mismatches(const diff::DiffResult &result, const Expectation &expected);

} // namespace tidemark::test::differential
