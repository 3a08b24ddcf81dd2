#pragma once

// The value contract (docs/VALUE_CONTRACT.md) applied to one pair of columns: the class both sides
// are compared as, how each side's values are read (their canonical text, warehouse::ValueForm),
// whether the join diff may use the database's own equality (where it means the same), how the
// client compares two canonical texts (the cross-database diff's candidates), and what the result
// says about it (`columns[].compared_as`). Both algorithms and the Values browser use it, so that
// they give one answer.

#include "common/expected.h"
#include "diff/diff_options.h"
#include "warehouse/connection_spec.h"
#include "warehouse/value_form.h"

#include <QString>
#include <QVariant>

#include <optional>
#include <utility>

namespace tidemark::diff {

struct ColumnComparison
{
    warehouse::ValueForm a;
    warehouse::ValueForm b;
    // On one database: its own equality of the raw values is the contract's (integers, numbers
    // of one kind, dates, timestamps compared whole, text byte for byte), so the join diff
    // compares them without making them text.
    bool native = false;
    std::optional<Tolerance> tolerance; // numbers: equal within this
    bool foldCase = false; // text: ignoring case
    bool nullAsEmpty = false; // text: NULL equals ''
    QString description; // "UTC instants at microseconds", "exact doubles", ...

    warehouse::TypeClass as() const { return a.as; }
};

// How the values of column `a` (on a database of `driverA`) and column `b` compare. Keys compare
// without tolerance and string options.
ColumnComparison compareColumns(const warehouse::ColumnInfo &a, warehouse::Driver driverA,
                                const warehouse::ColumnInfo &b, warehouse::Driver driverB,
                                const DiffOptions &options, std::optional<Tolerance> tolerance);
ColumnComparison compareKeys(const warehouse::ColumnInfo &a, warehouse::Driver driverA,
                             const warehouse::ColumnInfo &b, warehouse::Driver driverB);

// "COLUMN=abs:X" or "COLUMN=rel:X" (--tolerance, the ad-hoc window): the column (lower-case) and
// its tolerance; X a number of 0 or more, below 1 for a relative one. The Error says what is wrong.
Expected<std::pair<QString, Tolerance>> parseTolerance(const QString &text);

// Whether two doubles differ by more than the tolerance, exactly as the SQL of every database
// computes it (comparison_sql.h, toleranceDiffers()): IEEE-754 double arithmetic in forms that
// neither overflow nor underflow, so that the join diff and the client agree on every pair.
bool outsideTolerance(double a, double b, const Tolerance &tolerance);

// Whether two canonical texts differ under the contract: numbers as numbers (doubles exactly, NaN
// equal to NaN, -0 to 0; decimals by value), text with the string options, everything else as
// text. A value marked as not of its class (warehouse::canonical::kOdd) is compared as text.
bool canonicalDiffer(const ColumnComparison &comparison, const QVariant &a, const QVariant &b);

// Whether a canonical text is marked as not of its column's class.
bool isOddValue(const QVariant &canonical);

// Whether reading a side's values as `form` can find values that are not of the class (SQLite
// keeps anything in any column; a tinyint(1) may hold 2).
bool mayHoldOddValues(const warehouse::ValueForm &form, warehouse::Driver driver);

// Whether a SQLite column's declared type says nothing of its values' class: none (what CREATE
// TABLE AS gives for an expression) or a bare NUMERIC (what it gives for NUMERIC, DATE, TIMESTAMP,
// BOOLEAN columns). Two such columns are compared as the class their values show.
bool isLooseSqliteType(const QString &declaredType);

// "timestamps", "booleans", ...: what a value of the class is, for messages.
QString classNoun(warehouse::TypeClass type);

} // namespace tidemark::diff
