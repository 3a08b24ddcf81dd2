#pragma once

// The Values tab's rows as CSV (RFC 4180: fields with a comma, a quote, CR or LF are quoted, quotes
// doubled, lines end with CRLF), written page by page from a DifferingRows so that the memory
// does not grow with the number of rows.

#include "common/expected.h"
#include "diff/diff_control.h"
#include "values/differing_rows.h"

#include <QIODevice>
#include <QList>
#include <QString>
#include <QStringList>
#include <QVariant>

namespace tidemark::values {

// One field, quoted when it must be.
QString csvField(const QString &text);
// One record (no line end).
QString csvRecord(const QStringList &fields);

// A value as the Values tab shows it: empty for NULL, timestamps as "yyyy-MM-dd HH:mm:ss.zzz",
// binary as hex, numbers in their shortest exact form.
QString valueText(const QVariant &value);

// The header: "kind", the key columns, then "<column> (prod)", "<column> (PR)" for each of
// `compared` (indexes into layout.comparedColumns; empty: all).
QStringList csvHeader(const ValuesLayout &layout, const QList<int> &compared = {});
QStringList csvRow(const DifferingRow &row, const QList<int> &compared, int comparedCount);

// Writes the header and every row the current filter lets through, in order; returns the number
// of rows written. Stops with an Error when cancelled or when the device fails.
Expected<qint64> writeValuesCsv(DifferingRows &rows, QIODevice &out,
                                const QList<int> &compared = {},
                                diff::DiffControl *control = nullptr, int pageSize = 2048);

} // namespace tidemark::values
