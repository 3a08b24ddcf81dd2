#pragma once

// A diff result written to files: JSON (exactly DiffResult::toJson(), the contract of CLI.md) and
// four CSV tables, each with a fixed header:
//
//   Summary   metric,value                    metric is the JSON path of the value ("rows.a",
//                                             "primary_key.duplicate_b", "match_score", ...);
//                                             lists are joined with "; ", one "warning" row each.
//   Columns   column,type_prod,type_pr,status,role,different,match_pct
//                                             status: only_prod | only_pr | type_changed |
//                                             unchanged; role: key | compared | not_compared;
//                                             different and match_pct are empty for columns not
//                                             compared.
//   Samples   kind,<key columns...>,<c> (prod),<c> (PR)...,different_columns
//                                             kind: exclusive_a | exclusive_b | updated (the JSON
//                                             names); the side a row does not exist on is empty.
//   Profiles  side,column,count,nulls,distinct,min,max,mean     side: prod | PR.
//
// The CSV follows RFC 4180: UTF-8 without a byte order mark, CRLF line ends, a field is quoted when
// it holds a comma, a double quote, CR or LF (quotes doubled), or when it is empty text. A database
// NULL is an empty unquoted field, an empty string is "" (the convention of PostgreSQL's COPY CSV).
// Formula injection: a text value that begins with =, +, -, @, TAB or CR is written with a leading
// apostrophe ('=cmd|...) so that spreadsheets show it as text instead of evaluating it (OWASP's
// advice). Numbers the database returned as numbers are never altered (-5 stays -5); the JSON
// export is the lossless form for anyone who needs the raw text.

#include "common/expected.h"
#include "diff/diff_result.h"

#include <QByteArray>
#include <QString>
#include <QStringList>

#include <optional>
#include <vector>

namespace tidemark::exporting {

enum class CsvTable { Summary, Columns, Samples, Profiles };

const char *toString(CsvTable table); // "summary", "columns", "samples", "profiles"
std::optional<CsvTable> csvTableFromString(QStringView text);

// One column of the schema as the Columns table (and the UI's Columns tab) shows it: every key
// column first, then the other columns the result knows of, sorted by name.
struct ColumnRow
{
    enum class Status { OnlyA, OnlyB, TypeChanged, Unchanged };
    enum class Role { Key, Compared, NotCompared };

    QString name;
    QString typeA; // known for type changes only (the result keeps no other types)
    QString typeB;
    Status status = Status::Unchanged;
    Role role = Role::Compared;
    std::optional<qint64> different; // compared columns only
    std::optional<double> matchPct;
    QString comparedAs; // how its values were compared (the value contract)
};

const char *toString(ColumnRow::Status status); // only_prod, only_pr, type_changed, unchanged
const char *toString(ColumnRow::Role role); // key, compared, not_compared

std::vector<ColumnRow> columnRows(const diff::DiffResult &result);

// The value columns of the samples: the key columns as the samples name them, then the compared
// columns (the result's column order), then anything else the sample rows carry.
struct SampleColumns
{
    QStringList key;
    QStringList values;
};
SampleColumns sampleColumns(const diff::DiffResult &result);

// A sample's JSON object's member named `column` (matched case-insensitively); null when absent.
nlohmann::json sampleValue(const nlohmann::json &row, const QString &column);

// A JSON value as text: strings as they are, numbers as JSON writes them, null as an empty string.
QString valueText(const nlohmann::json &value);

// One CSV field, quoted and guarded as described above. `isText` is false for numbers, booleans
// and the names Tidemark itself writes, which are never guarded.
QByteArray csvField(const QString &value, bool isText = true);
QByteArray csvNull();
QByteArray csvField(const nlohmann::json &value); // null -> NULL field, strings guarded

QByteArray summaryCsv(const diff::DiffResult &result);
QByteArray columnsCsv(const diff::DiffResult &result);
QByteArray samplesCsv(const diff::DiffResult &result);
QByteArray profilesCsv(const diff::DiffResult &result);
QByteArray toCsv(const diff::DiffResult &result, CsvTable table);

QByteArray toJsonBytes(const diff::DiffResult &result); // indented, UTF-8, trailing newline

// Write atomically (QSaveFile); the error names the file and the cause.
Expected<void> writeJson(const diff::DiffResult &result, const QString &path);
Expected<void> writeCsv(const diff::DiffResult &result, CsvTable table, const QString &path);

} // namespace tidemark::exporting
