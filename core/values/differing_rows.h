#pragma once

// The differing rows of a same-connection diff, for the Values tab: rows only in A (production),
// only in B (the pull request) and changed rows, with A's and B's values side by side and a
// "differs" flag per compared column, computed inside the warehouse by the join diff's rules.
//
// The rows are materialised once into a TEMP table on this object's own connection with a dense
// ordinal, so that any page is read by an ordinal range (O(page), no OFFSET scans) and the client
// holds only the page it asked for, whatever the number of rows. preview() stores and returns the
// first rows as soon as the database finds them; materialize() stores the rest. A filter (kinds,
// "only rows where column X differs") numbers the matching ordinals in a second TEMP table.
//
// Use one object on one thread (the thread that created it, which opened its connection);
// cancel() may be called from any thread. The tables on two connections (cross-database diffs)
// are not supported: open() says so.

#include "common/expected.h"
#include "diff/diff_control.h"
#include "diff/diff_engine.h"
#include "diff/diff_result.h"
#include "diff/table_pair.h"
#include "warehouse/database.h"

#include <QList>
#include <QString>
#include <QStringList>
#include <QVariant>

#include <memory>
#include <optional>
#include <vector>

namespace tidemark::values {

enum class RowKind { OnlyInA = 1, OnlyInB = 2, Changed = 3 };

// "only in production", "only in PR", "changed" (translated).
QString kindLabel(RowKind kind);

struct DifferingRow
{
    RowKind kind = RowKind::Changed;
    QVariantList key; // one value per key column
    QVariantList a; // one value per compared column; invalid QVariant when absent or NULL
    QVariantList b;
    QList<bool> differs; // one flag per compared column (false for rows on one side only)
};

struct ValuesLayout
{
    QStringList keyColumns; // as table A names them
    QStringList comparedColumns; // sorted by name, as the diff result's columns
};

struct KindCounts
{
    qint64 onlyInA = 0;
    qint64 onlyInB = 0;
    qint64 changed = 0;
    std::vector<qint64> differingPerColumn; // changed rows where each compared column differs
    qint64 total() const { return onlyInA + onlyInB + changed; }
};

struct RowFilter
{
    bool onlyInA = true;
    bool onlyInB = true;
    bool changed = true;
    int differingColumn = -1; // only changed rows where this compared column differs; -1: any
    bool isAll() const { return onlyInA && onlyInB && changed && differingColumn < 0; }
    bool operator==(const RowFilter &other) const = default;
};

struct DifferingRowsOptions
{
    // The key issues the diff found (DiffResult::primaryKey): with them, the duplicated-key check
    // is skipped; without them, both sides' keys are checked first.
    std::optional<diff::KeyIssues> knownKeyIssues;
    int previewRows = 256;
};

class DifferingRows final
{
public:
    // Opens the connection (on the calling thread) and reads both tables' columns.
    static Expected<std::unique_ptr<DifferingRows>> open(const diff::DiffRequest &request,
                                                         DifferingRowsOptions options = {},
                                                         diff::DiffControl *control = nullptr);
    ~DifferingRows();
    DifferingRows(const DifferingRows &) = delete;
    DifferingRows &operator=(const DifferingRows &) = delete;

    const ValuesLayout &layout() const { return m_layout; }

    // Stores the first rows (at most previewRows) and returns them; they are rows [0, n).
    Expected<std::vector<DifferingRow>> preview(diff::DiffControl *control = nullptr);
    // Stores all the differing rows (after preview(), which it runs if not done yet) and counts
    // them. When cancelled, the rows of the preview stay and isComplete() stays false.
    Expected<KindCounts> materialize(diff::DiffControl *control = nullptr);
    bool isComplete() const { return m_complete; }
    const KindCounts &counts() const { return m_counts; }

    // Selects the rows to browse (materialize() first); returns how many there are.
    Expected<qint64> setFilter(const RowFilter &filter, diff::DiffControl *control = nullptr);
    const RowFilter &filter() const { return m_filter; }
    // The rows the filter lets through (the preview's while not complete).
    qint64 rowCount() const;

    // Rows [first, first + count) of the filtered rows, in order; fewer at the end.
    Expected<std::vector<DifferingRow>> fetch(qint64 first, int count);

    // Stops the running statement (any thread).
    void cancel();

private:
    DifferingRows(std::unique_ptr<warehouse::Database> db, diff::DiffRequest request,
                  DifferingRowsOptions options, diff::TablePair pair);

    Expected<void> run(const QString &sql);
    Expected<void> checkDuplicates(diff::DiffControl *control);
    Expected<KindCounts> readCounts(qint64 *maxOrdinal);
    void dropTables();
    Error stopped(diff::DiffControl *control, const Error &error) const;

    std::unique_ptr<warehouse::Database> m_db;
    diff::DiffRequest m_request;
    DifferingRowsOptions m_options;
    diff::TablePair m_pair;
    ValuesLayout m_layout;
    QString m_base; // the TEMP tables' names, quoted
    QString m_keys;
    QString m_view;
    bool m_duplicatesA = false;
    bool m_duplicatesB = false;
    bool m_previewed = false;
    bool m_complete = false;
    bool m_viewExists = false;
    qint64 m_stored = 0; // rows in the base table
    qint64 m_viewRows = 0;
    KindCounts m_counts;
    RowFilter m_filter;
};

} // namespace tidemark::values
